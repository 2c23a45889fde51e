package dev.iammodeller.catalog;

/**
 * A compiled IAM wildcard pattern: {@code *} matches any run of characters (including {@code /} and
 * {@code :}), {@code ?} exactly one. Characters that came from a policy variable such as {@code ${*}}
 * are literal even when they are {@code *} or {@code ?}. Compiling only classifies the pattern (any,
 * exact, prefix or general), and matching never builds a regular expression.
 */
public final class WildcardPattern {
    private static final byte ANY = 0;
    private static final byte EXACT = 1;
    private static final byte PREFIX = 2;
    private static final byte GENERAL = 3;

    private final String text;
    /** Which characters of {@code text} are wildcards; null when every {@code *} and {@code ?} is. */
    private final boolean[] wild;
    private final boolean ignoreCase;
    private final byte shape;
    private final String literal;

    private WildcardPattern(String text, boolean[] wild, boolean ignoreCase, byte shape, String literal) {
        this.text = text;
        this.wild = wild;
        this.ignoreCase = ignoreCase;
        this.shape = shape;
        this.literal = literal;
    }

    /** A pattern in which every {@code *} and {@code ?} is a wildcard. */
    public static WildcardPattern compile(String pattern, boolean ignoreCase) {
        int star = pattern.indexOf('*');
        if (pattern.indexOf('?') < 0) {
            if (star < 0) {
                return new WildcardPattern(pattern, null, ignoreCase, EXACT, pattern);
            }
            if (star == pattern.length() - 1) {
                return pattern.length() == 1
                        ? new WildcardPattern(pattern, null, ignoreCase, ANY, "")
                        : new WildcardPattern(pattern, null, ignoreCase, PREFIX, pattern.substring(0, star));
            }
        }
        return new WildcardPattern(pattern, null, ignoreCase, GENERAL, null);
    }

    /** A pattern that matches only {@code value} itself. */
    public static WildcardPattern literal(String value, boolean ignoreCase) {
        return new WildcardPattern(value, null, ignoreCase, EXACT, value);
    }

    /** A pattern from its characters and a mask saying which of them are wildcards. */
    public static WildcardPattern of(String chars, boolean[] wild, boolean ignoreCase) {
        int wildcards = 0;
        int last = -1;
        for (int i = 0; i < wild.length; i++) {
            if (wild[i]) {
                wildcards++;
                last = i;
            }
        }
        if (wildcards == 0) {
            return new WildcardPattern(chars, null, ignoreCase, EXACT, chars);
        }
        if (wildcards == 1 && last == chars.length() - 1 && chars.charAt(last) == '*') {
            return chars.length() == 1 ? new WildcardPattern(chars, null, ignoreCase, ANY, "")
                    : new WildcardPattern(chars, null, ignoreCase, PREFIX, chars.substring(0, last));
        }
        return new WildcardPattern(chars, wild.clone(), ignoreCase, GENERAL, null);
    }

    public boolean matches(String value) {
        switch (shape) {
            case ANY:
                return true;
            case EXACT:
                return ignoreCase ? literal.equalsIgnoreCase(value) : literal.equals(value);
            case PREFIX:
                return value.regionMatches(ignoreCase, 0, literal, 0, literal.length());
            default:
                return matchesGeneral(value);
        }
    }

    private boolean isWild(int p) {
        if (wild != null) {
            return wild[p];
        }
        char c = text.charAt(p);
        return c == '*' || c == '?';
    }

    private boolean matchesGeneral(String value) {
        int p = 0;
        int s = 0;
        int starP = -1;
        int starS = 0;
        int m = text.length();
        int n = value.length();
        while (s < n) {
            if (p < m && (isWild(p) ? text.charAt(p) == '?' : same(text.charAt(p), value.charAt(s)))) {
                p++;
                s++;
            } else if (p < m && isWild(p)) {
                starP = p++;
                starS = s;
            } else if (starP >= 0) {
                p = starP + 1;
                s = ++starS;
            } else {
                return false;
            }
        }
        while (p < m && isWild(p) && text.charAt(p) == '*') {
            p++;
        }
        return p == m;
    }

    private boolean same(char a, char b) {
        if (a == b) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }

    /** True when this pattern matches every string. */
    public boolean matchesEverything() {
        return shape == ANY;
    }

    /** True when the pattern has no wildcard. */
    public boolean isLiteral() {
        return shape == EXACT;
    }

    @Override
    public String toString() {
        return text;
    }
}
