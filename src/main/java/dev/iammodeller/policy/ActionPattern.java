package dev.iammodeller.policy;

import dev.iammodeller.catalog.WildcardPattern;
import java.util.Locale;

/** One entry of Action or NotAction, such as {@code s3:Get*}: matched case-insensitively. */
public record ActionPattern(String text, WildcardPattern pattern, SourcePosition position, String path) {

    public static ActionPattern of(String text, SourcePosition position, String path) {
        return new ActionPattern(text, WildcardPattern.compile(text, true), position, path);
    }

    public boolean matches(String action) {
        return pattern.matches(action);
    }

    /** The lower-cased service prefix when it has no wildcard ("s3" for s3:Get*), else null. */
    public String servicePrefix() {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String prefix = text.substring(0, colon);
        return prefix.indexOf('*') >= 0 || prefix.indexOf('?') >= 0 ? null : prefix.toLowerCase(Locale.ROOT);
    }
}
