package dev.iammodeller.policy;

import java.util.Locale;

/**
 * One entry of Action or NotAction, such as {@code s3:Get*}: matched case-insensitively.
 *
 * @param servicePrefix the lower-cased service prefix when it has no wildcard, else null
 */
public record ActionPattern(String text, WildcardPattern pattern, String servicePrefix,
                            SourcePosition position, String path) {

    public static ActionPattern of(String text, SourcePosition position, String path) {
        String prefix = null;
        int colon = text.indexOf(':');
        if (colon > 0) {
            String candidate = text.substring(0, colon);
            if (candidate.indexOf('*') < 0 && candidate.indexOf('?') < 0) {
                prefix = candidate.toLowerCase(Locale.ROOT);
            }
        }
        return new ActionPattern(text, WildcardPattern.compile(text, true), prefix, position, path);
    }

    public boolean matches(String action) {
        return pattern.matches(action);
    }
}
