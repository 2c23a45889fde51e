package dev.iammodeller.policy;

/**
 * A compiled IAM wildcard pattern: {@code *} matches any run of characters (including {@code /} and
 * {@code :}), {@code ?} exactly one. Characters that came from a policy variable such as {@code ${*}}
 * are literal even when they are {@code *} or {@code ?}. Matching never builds a regular expression.
 */
public final class WildcardPattern {
    private enum Shape { ANY, EXACT, PREFIX, GENERAL }

    private final String text;
    private final char[] chars;
    private final boolean[] wild;
    private final boolean ignoreCase;
    private final Shape shape;
    private final String literal;

    private WildcardPattern(String text, char[] chars, boolean[] wild, boolean ignoreCase) {
        this.text = text;
        this.ignoreCase = ignoreCase;
        if (ignoreCase) {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
        }
        this.chars = chars;
        this.wild = wild;
        int wildcards = 0;
        int firstWild = -1;
        for (int i = 0; i < chars.length; i++) {
            if (wild[i]) {
                wildcards++;
                if (firstWild < 0) {
                    firstWild = i;
                }
            }
        }
        if (wildcards == 0) {
            shape = Shape.EXACT;
            literal = new String(chars);
        } else if (wildcards == 1 && chars.length == 1 && chars[0] == '*') {
            shape = Shape.ANY;
            literal = "";
        } else if (wildcards == 1 && firstWild == chars.length - 1 && chars[firstWild] == '*') {
            shape = Shape.PREFIX;
            literal = new String(chars, 0, chars.length - 1);
        } else {
            shape = Shape.GENERAL;
            literal = null;
        }
    }

    /** A pattern in which every {@code *} and {@code ?} is a wildcard. */
    public static WildcardPattern compile(String pattern, boolean ignoreCase) {
        char[] chars = pattern.toCharArray();
        boolean[] wild = new boolean[chars.length];
        for (int i = 0; i < chars.length; i++) {
            wild[i] = chars[i] == '*' || chars[i] == '?';
        }
        return new WildcardPattern(pattern, chars, wild, ignoreCase);
    }

    /** A pattern that matches only {@code value} itself. */
    public static WildcardPattern literal(String value, boolean ignoreCase) {
        return new WildcardPattern(value, value.toCharArray(), new boolean[value.length()], ignoreCase);
    }

    /** A pattern from characters and a mask saying which of them are wildcards. */
    public static WildcardPattern of(String text, char[] chars, boolean[] wild, boolean ignoreCase) {
        return new WildcardPattern(text, chars, wild, ignoreCase);
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

    private boolean matchesGeneral(String value) {
        int p = 0;
        int s = 0;
        int starP = -1;
        int starS = 0;
        int m = chars.length;
        int n = value.length();
        while (s < n) {
            if (p < m && (wild[p] ? chars[p] == '?' : same(chars[p], value.charAt(s)))) {
                p++;
                s++;
            } else if (p < m && wild[p]) {
                starP = p++;
                starS = s;
            } else if (starP >= 0) {
                p = starP + 1;
                s = ++starS;
            } else {
                return false;
            }
        }
        while (p < m && wild[p] && chars[p] == '*') {
            p++;
        }
        return p == m;
    }

    private boolean same(char patternChar, char valueChar) {
        return patternChar == valueChar || (ignoreCase && patternChar == Character.toLowerCase(valueChar));
    }

    /** True when this pattern matches every string. */
    public boolean matchesEverything() {
        return shape == Shape.ANY;
    }

    /** True when the pattern has no wildcard. */
    public boolean isLiteral() {
        return shape == Shape.EXACT;
    }

    @Override
    public String toString() {
        return text;
    }
}
