package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.testing.RandomInputs;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The compiled matcher agrees with a plain reference matcher (a regular expression) on every input. */
class WildcardPatternProperties {

    @Test
    void caseSensitiveMatchingAgreesWithTheReference() {
        RandomInputs inputs = new RandomInputs(11);
        for (int i = 0; i < 5000; i++) {
            String pattern = inputs.string("abA/:*?", 0, 8);
            String value = inputs.string("abA/:", 0, 10);
            assertEquals(reference(pattern, false).matcher(value).matches(),
                    WildcardPattern.compile(pattern, false).matches(value), pattern + " ~ " + value);
            assertEquals(reference(pattern, false).matcher(value).matches(),
                    WildcardPattern.compile(pattern, false).matchesByParts(value), "by parts: " + pattern + " ~ " + value);
        }
    }

    @Test
    void caseInsensitiveMatchingAgreesWithTheReference() {
        RandomInputs inputs = new RandomInputs(12);
        for (int i = 0; i < 5000; i++) {
            String pattern = inputs.string("gGeT:*?", 0, 8);
            String value = inputs.string("gGeEt:", 0, 10);
            assertEquals(reference(pattern, true).matcher(value).matches(),
                    WildcardPattern.compile(pattern, true).matches(value), pattern + " ~ " + value);
            assertEquals(reference(pattern, true).matcher(value).matches(),
                    WildcardPattern.compile(pattern, true).matchesByParts(value), "by parts: " + pattern + " ~ " + value);
        }
    }

    /** Longer patterns with many stars and repeated letters, where finding each part at its first place matters. */
    @Test
    void manyStarsAndRepeatsAgreeWithTheReference() {
        RandomInputs inputs = new RandomInputs(14);
        for (int i = 0; i < 20000; i++) {
            String pattern = inputs.string("aab*?", 1, 16);
            String value = inputs.string("aab", 0, 24);
            boolean ignoreCase = inputs.coin();
            boolean expected = reference(pattern, ignoreCase).matcher(value).matches();
            assertEquals(expected, WildcardPattern.compile(pattern, ignoreCase).matches(value), pattern + " ~ " + value);
            assertEquals(expected, WildcardPattern.compile(pattern, ignoreCase).matchesByParts(value),
                    "by parts: " + pattern + " ~ " + value);
        }
    }

    /**
     * Parts with {@code ?} longer than a machine word (the Shift-And search works on several words), taken
     * from the text itself often enough that most of them match somewhere.
     */
    @Test
    void longPartsWithQuestionMarksAgreeWithTheReference() {
        RandomInputs inputs = new RandomInputs(15);
        for (int i = 0; i < 3000; i++) {
            boolean ignoreCase = inputs.coin();
            String value = inputs.string(inputs.coin() ? "ab" : "abAB/", 0, 400);
            String pattern = inputs.coin() && !value.isEmpty() ? carve(inputs, value) : inputs.string("ab?*", 1, 200);
            boolean expected = reference(pattern, ignoreCase, value);
            assertEquals(expected, WildcardPattern.compile(pattern, ignoreCase).matches(value), pattern + " ~ " + value);
            assertEquals(expected, WildcardPattern.compile(pattern, ignoreCase).matchesByParts(value),
                    "by parts: " + pattern + " ~ " + value);
        }
    }

    /** A 7,000-character part with {@code ?} against a 1 MB value, where trying each place in turn takes billions of steps. */
    @Test
    void aLongPartWithAQuestionMarkAgainstAMegabyte() {
        String part = "a".repeat(7000) + "?b";
        String value = "a".repeat(1 << 20);
        assertEquals(false, WildcardPattern.compile("*" + part + "*", false).matches(value));
        assertEquals(true, WildcardPattern.compile("*" + part + "*", false).matches(value + "xb"));
        assertEquals(true, WildcardPattern.compile("arn:*" + part + "*", true).matches("ARN:" + value + "Xbc"));
        assertEquals(false, WildcardPattern.compile("*" + part + "*c", false).matches(value + "xb"));
    }

    /** Cuts a piece of the text and turns some of its characters into {@code ?} and some runs into {@code *}. */
    private static String carve(RandomInputs inputs, String value) {
        int from = inputs.below(value.length());
        int to = from + inputs.below(value.length() - from + 1);
        StringBuilder pattern = new StringBuilder(inputs.coin() ? "*" : "");
        for (int i = from; i < to; i++) {
            int roll = inputs.below(20);
            if (roll == 0) {
                pattern.append('*');
                i += inputs.below(5);
            } else {
                pattern.append(roll < 4 ? '?' : roll == 4 ? Character.toUpperCase(value.charAt(i)) : value.charAt(i));
            }
        }
        return pattern.append(inputs.coin() ? "*" : "").toString();
    }

    /** The plain definition by dynamic programming: can the first i characters of the pattern match the first j of the value. */
    private static boolean reference(String pattern, boolean ignoreCase, String value) {
        boolean[] previous = new boolean[value.length() + 1];
        previous[0] = true;
        for (int i = 1; i <= pattern.length(); i++) {
            char p = pattern.charAt(i - 1);
            boolean[] row = new boolean[value.length() + 1];
            row[0] = p == '*' && previous[0];
            for (int j = 1; j <= value.length(); j++) {
                char v = value.charAt(j - 1);
                row[j] = p == '*' ? previous[j] || row[j - 1]
                        : previous[j - 1] && (p == '?' || p == v
                        || ignoreCase && Character.toLowerCase(p) == Character.toLowerCase(v));
            }
            previous = row;
        }
        return previous[value.length()];
    }

    @Test
    void aLiteralPatternMatchesOnlyItself() {
        RandomInputs inputs = new RandomInputs(13);
        for (int i = 0; i < 1000; i++) {
            String literal = inputs.string("abcde", 0, 6);
            String value = inputs.coin() ? literal : inputs.string("abcdeABCDE", 0, 6);
            assertEquals(literal.equals(value), WildcardPattern.literal(literal, false).matches(value),
                    literal + " ~ " + value);
            assertEquals(literal.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)),
                    WildcardPattern.literal(literal, true).matches(value), literal + " ~ " + value);
        }
    }

    /**
     * Patterns whose {@code *} and {@code ?} are wildcards or, as when they come from a policy variable such as
     * {@code ${*}}, literal characters: a value must start and end as the pattern does, literal stars included.
     */
    @Test
    void literalStarsAndQuestionMarksAgreeWithTheReference() {
        RandomInputs inputs = new RandomInputs(16);
        for (int i = 0; i < 20000; i++) {
            String chars = inputs.string("ab*?", 1, 10);
            boolean[] wild = new boolean[chars.length()];
            StringBuilder regex = new StringBuilder();
            for (int at = 0; at < wild.length; at++) {
                char c = chars.charAt(at);
                wild[at] = (c == '*' || c == '?') && inputs.coin();
                regex.append(!wild[at] ? Pattern.quote(String.valueOf(c)) : c == '*' ? ".*" : ".");
            }
            String value = inputs.string("ab*?", 0, 12);
            boolean ignoreCase = inputs.coin();
            boolean expected = Pattern.compile(regex.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0))
                    .matcher(value).matches();
            String shown = chars + " " + java.util.Arrays.toString(wild) + " ~ " + value;
            assertEquals(expected, WildcardPattern.of(chars, wild, ignoreCase).matches(value), shown);
            assertEquals(expected, WildcardPattern.of(chars, wild, ignoreCase).matchesByParts(value), "by parts: " + shown);
        }
    }

    private static Pattern reference(String pattern, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
    }
}
