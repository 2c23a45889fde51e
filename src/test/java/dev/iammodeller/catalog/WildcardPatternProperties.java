package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The compiled matcher agrees with a plain reference matcher (a regular expression) on every input. */
class WildcardPatternProperties {

    @Property(tries = 3000)
    void caseSensitiveMatchingAgreesWithTheReference(
            @ForAll @Chars({'a', 'b', 'A', '/', ':', '*', '?'}) @StringLength(max = 8) String pattern,
            @ForAll @Chars({'a', 'b', 'A', '/', ':'}) @StringLength(max = 10) String value) {
        assertEquals(reference(pattern, false).matcher(value).matches(),
                WildcardPattern.compile(pattern, false).matches(value), pattern + " ~ " + value);
    }

    @Property(tries = 3000)
    void caseInsensitiveMatchingAgreesWithTheReference(
            @ForAll @Chars({'g', 'G', 'e', 'T', ':', '*', '?'}) @StringLength(max = 8) String pattern,
            @ForAll @Chars({'g', 'G', 'e', 'E', 't', ':'}) @StringLength(max = 10) String value) {
        assertEquals(reference(pattern, true).matcher(value).matches(),
                WildcardPattern.compile(pattern, true).matches(value), pattern + " ~ " + value);
    }

    @Property(tries = 500)
    void aLiteralPatternMatchesOnlyItself(
            @ForAll @CharRange(from = 'a', to = 'e') @StringLength(max = 6) String literal,
            @ForAll @CharRange(from = 'a', to = 'e') @StringLength(max = 6) String value) {
        assertEquals(literal.equals(value), WildcardPattern.literal(literal, false).matches(value));
        assertEquals(literal.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)),
                WildcardPattern.literal(literal, true).matches(value));
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
