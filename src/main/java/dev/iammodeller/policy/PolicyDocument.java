package dev.iammodeller.policy;

import java.util.List;

/** A parsed policy: its version, id and statements, and where its text starts. */
public record PolicyDocument(PolicyVersion version, String id, List<Statement> statements,
                             SourcePosition position, String path) {
}
