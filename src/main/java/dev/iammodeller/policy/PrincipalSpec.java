package dev.iammodeller.policy;

import java.util.List;

/**
 * The Principal or NotPrincipal element of a statement: {@code "*"} or typed entries.
 *
 * @param everyone true for the bare {@code "Principal": "*"}
 */
public record PrincipalSpec(boolean everyone, List<PrincipalEntry> entries, SourcePosition position, String path) {
}
