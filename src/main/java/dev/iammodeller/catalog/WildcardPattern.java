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

    /**
     * A pattern with wildcards inside it, matched in time linear in the value however long either is (for
     * long text; short text backtracks, which is quicker there): the
     * parts between its stars are found in order, each at its first place after the one before (where a
     * first place fails, no later one can succeed), the first part held to the start and the last to the
     * end unless a star stands there. A part without {@code ?} is found by Knuth-Morris-Pratt, a part with
     * one by the bit-parallel Shift-And search ({@link ShiftAndSearch}), so a long part against a long value
     * never backtracks: O(n) and O(n·ceil(m/64)) for a value of n characters and parts of m.
     */
    private boolean matchesGeneral(String value) {
        return (long) value.length() * text.length() <= SMALL ? matchesBacktracking(value) : matchesByParts(value);
    }

    /** Below this product of the lengths, backtracking to the last star is quickest; above it, the parts are. */
    private static final long SMALL = 1 << 16;

    /** The classic greedy match that returns to the last star on a mismatch: O(n·m) at worst, quick for short text. */
    private boolean matchesBacktracking(String value) {
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

    /** {@link #matchesGeneral} by parts, whatever the lengths (for tests: the same answers as backtracking). */
    boolean matchesByParts(String value) {
        if (shape != GENERAL) {
            return matches(value);
        }
        Parts parts = parts();
        int n = value.length();
        if (!parts.anyStar) {
            return n == text.length() && matchesAt(parts.starts[0], parts.ends[0], value, 0);
        }
        int first = 0;
        int last = parts.starts.length - 1;
        int pos = 0;
        int limit = n;
        if (!parts.leadingStar) {
            int length = parts.ends[0] - parts.starts[0];
            if (length > n || !matchesAt(parts.starts[0], parts.ends[0], value, 0)) {
                return false;
            }
            pos = length;
            first = 1;
        }
        if (!parts.trailingStar && last >= first) {
            int length = parts.ends[last] - parts.starts[last];
            if (n - length < pos || !matchesAt(parts.starts[last], parts.ends[last], value, n - length)) {
                return false;
            }
            limit = n - length;
            last--;
        }
        for (int i = first; i <= last; i++) {
            int at = find(parts, i, value, pos, limit);
            if (at < 0) {
                return false;
            }
            pos = at + parts.ends[i] - parts.starts[i];
        }
        return true;
    }

    /** The parts of the pattern between its stars (none empty), computed once. */
    private static final class Parts {
        int[] starts;
        int[] ends;
        /** Per part, its Knuth-Morris-Pratt failure table, or null for a part with a {@code ?}. */
        int[][] failure;
        /** Per part with a {@code ?}, its Shift-And search; null for the others. */
        ShiftAndSearch[] searches;
        boolean leadingStar;
        boolean trailingStar;
        boolean anyStar;
    }

    private volatile Parts parts;

    private Parts parts() {
        Parts known = parts;
        if (known != null) {
            return known;
        }
        Parts made = new Parts();
        int m = text.length();
        java.util.List<int[]> runs = new java.util.ArrayList<>();
        int start = 0;
        for (int p = 0; p <= m; p++) {
            boolean star = p < m && isWild(p) && text.charAt(p) == '*';
            if (p == m || star) {
                if (p > start) {
                    runs.add(new int[] {start, p});
                }
                start = p + 1;
                made.anyStar |= star;
            }
        }
        made.leadingStar = m > 0 && isWild(0) && text.charAt(0) == '*';
        made.trailingStar = m > 0 && isWild(m - 1) && text.charAt(m - 1) == '*';
        made.starts = new int[runs.size()];
        made.ends = new int[runs.size()];
        made.failure = new int[runs.size()][];
        made.searches = new ShiftAndSearch[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            made.starts[i] = runs.get(i)[0];
            made.ends[i] = runs.get(i)[1];
            made.failure[i] = failureTable(made.starts[i], made.ends[i]);
            if (made.failure[i] == null) {
                made.searches[i] = search(made.starts[i], made.ends[i]);
            }
        }
        parts = made;
        return made;
    }

    /** The KMP failure table of the part {@code [from, to)} of the pattern, or null when it holds a {@code ?}. */
    private int[] failureTable(int from, int to) {
        for (int p = from; p < to; p++) {
            if (isWild(p)) {
                return null;
            }
        }
        int length = to - from;
        int[] table = new int[length];
        int k = 0;
        for (int i = 1; i < length; i++) {
            while (k > 0 && !same(text.charAt(from + i), text.charAt(from + k))) {
                k = table[k - 1];
            }
            if (same(text.charAt(from + i), text.charAt(from + k))) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    /** The Shift-And search of the part {@code [from, to)} of the pattern. */
    private ShiftAndSearch search(int from, int to) {
        boolean[] question = new boolean[to - from];
        for (int p = from; p < to; p++) {
            question[p - from] = isWild(p);
        }
        return new ShiftAndSearch(text.substring(from, to), question, ignoreCase);
    }

    /** The first place at or after {@code from} where part {@code i} ends by {@code limit}, or -1. */
    private int find(Parts parts, int i, String value, int from, int limit) {
        int start = parts.starts[i];
        int length = parts.ends[i] - start;
        int[] table = parts.failure[i];
        if (table == null) {
            return parts.searches[i].find(value, from, limit);
        }
        int k = 0;
        for (int j = from; j < limit; j++) {
            while (k > 0 && !same(text.charAt(start + k), value.charAt(j))) {
                k = table[k - 1];
            }
            if (same(text.charAt(start + k), value.charAt(j))) {
                k++;
            }
            if (k == length) {
                return j - length + 1;
            }
        }
        return -1;
    }

    /** Whether the pattern's characters {@code [from, to)} match the value from {@code at} ({@code ?} any one). */
    private boolean matchesAt(int from, int to, String value, int at) {
        if (at + (to - from) > value.length()) {
            return false;
        }
        for (int p = from; p < to; p++) {
            if (!(isWild(p) ? text.charAt(p) == '?' : same(text.charAt(p), value.charAt(at + p - from)))) {
                return false;
            }
        }
        return true;
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
