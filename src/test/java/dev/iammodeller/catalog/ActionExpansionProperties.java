package dev.iammodeller.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iammodeller.testing.RandomInputs;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expanding a pattern whose service part has a wildcard (so that every action of the catalogue is a
 * candidate) names exactly the actions a regular expression of the pattern matches, whatever the pattern:
 * pieces of real names with wildcards and case changes put in, and random text.
 */
class ActionExpansionProperties {
    private static Catalog catalog;
    private static List<Action> every;

    @BeforeAll
    static void load() {
        catalog = Catalog.load();
        every = catalog.expand("*").stream().toList();
    }

    @Test
    void wildcardServicePatternsNameWhatTheyMatch() {
        RandomInputs inputs = new RandomInputs(160);
        for (int i = 0; i < 100; i++) {
            String name = every.get(inputs.below(every.size())).fullName();
            String pattern = switch (inputs.below(6)) {
                case 4 -> "*" + name.substring(name.length() - 3); // a run of one trigram, the name's last
                case 5 -> name.substring(0, 3) + "*"; // no wildcard in the service part: that service only
                case 0 -> "*:" + carve(inputs, name.substring(name.indexOf(':') + 1)) + "*";
                case 1 -> "*" + carve(inputs, name) + "*";
                case 2 -> "?" + name.substring(1, Math.min(name.length(), 4 + inputs.below(12))) + "*";
                default -> "*" + inputs.string("abcdeAB?*:-", 1, 8) + "*";
            };
            Pattern reference = reference(pattern);
            List<String> expected = every.stream()
                    .filter(action -> reference.matcher(action.fullName()).matches())
                    .map(Action::fullName).toList();
            assertEquals(expected, catalog.expand(pattern).stream().map(Action::fullName).toList(), pattern);
        }
    }

    /** A piece of the text with some characters made {@code ?}, some runs {@code *}, some letters upper case. */
    private static String carve(RandomInputs inputs, String text) {
        int from = inputs.below(text.length());
        int to = Math.min(text.length(), from + 1 + inputs.below(12));
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            int roll = inputs.below(12);
            out.append(roll == 0 ? '?' : roll == 1 ? '*' : roll == 2 ? Character.toUpperCase(text.charAt(i)) : text.charAt(i));
        }
        return out.toString();
    }

    private static Pattern reference(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
