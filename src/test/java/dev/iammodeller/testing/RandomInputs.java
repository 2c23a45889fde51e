package dev.iammodeller.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated inputs for property tests: strings drawn from a small alphabet (so that wildcards, case and
 * separators meet often), from a fixed seed so that a failure is reproducible. A failing assertion should
 * name the input it failed on; the seed is fixed per test, so running it again gives the same inputs.
 */
public final class RandomInputs {
    private final Random random;

    public RandomInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A string of {@code min} to {@code max} characters, each one of {@code alphabet}. */
    public String string(String alphabet, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Between {@code min} and {@code max} strings, each as {@link #string}. */
    public List<String> strings(String alphabet, int minLength, int maxLength, int min, int max) {
        int size = min + random.nextInt(max - min + 1);
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(string(alphabet, minLength, maxLength));
        }
        return out;
    }

    /** One of the given values. */
    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** An int from 0 (inclusive) to {@code bound} (exclusive). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    public boolean coin() {
        return random.nextBoolean();
    }
}
