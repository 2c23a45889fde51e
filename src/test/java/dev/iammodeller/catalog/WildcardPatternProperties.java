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
