package dev.iammodeller.policy;

import dev.iammodeller.catalog.WildcardPattern;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/** One entry of Action or NotAction, such as {@code s3:Get*}: matched case-insensitively. */
public record ActionPattern(String text, WildcardPattern pattern, SourcePosition position, String path) {
    /**
     * Compiled patterns by their text: policies name the same few thousand actions again and again, so
     * reading one mostly finds its patterns here. Bounded: once full, patterns are compiled as usual.
     */
    private static final ConcurrentHashMap<String, WildcardPattern> COMPILED = new ConcurrentHashMap<>();
    private static final int LIMIT = 16_384;

    public static ActionPattern of(String text, SourcePosition position, String path) {
        WildcardPattern pattern = COMPILED.get(text);
        if (pattern == null) {
            pattern = WildcardPattern.compile(text, true);
            if (COMPILED.size() < LIMIT) {
                COMPILED.putIfAbsent(text, pattern);
            }
        }
        return new ActionPattern(text, pattern, position, path);
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
