package dev.iammodeller.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.iammodeller.testing.RandomInputs;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/**
 * Dates of the form {@code 2026-04-15T00:00:00Z} are read without the general ISO parsers: the answer must
 * be theirs, for dates in range and for fields out of range (which only the general parsers decide).
 */
class ConditionValuesProperties {
    @Test
    void aPlainUtcDateReadsAsTheIsoParserReadsIt() {
        RandomInputs random = new RandomInputs(15);
        for (int i = 0; i < 5_000; i++) {
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.below(10_000),
                    random.below(14), random.below(33), random.below(26), random.below(62), random.below(62));
            BigDecimal expected = general(text);
            BigDecimal read = ConditionValues.dateSeconds(text);
            if (expected == null) {
                assertNull(read, text);
            } else {
                assertEquals(0, expected.compareTo(read), text);
            }
        }
    }

    @Test
    void fixedPointsOfTheCalendar() {
        assertEquals(0, BigDecimal.ZERO.compareTo(ConditionValues.dateSeconds("1970-01-01T00:00:00Z")));
        // 2024 is a leap year, 2100 is not, 2000 is
        assertEquals(0, BigDecimal.valueOf(1_709_164_800L).compareTo(ConditionValues.dateSeconds("2024-02-29T00:00:00Z")));
        assertNull(ConditionValues.dateSeconds("2100-02-29T00:00:00Z"));
        assertEquals(0, BigDecimal.valueOf(951_782_400L).compareTo(ConditionValues.dateSeconds("2000-02-29T00:00:00Z")));
        assertEquals(0, BigDecimal.valueOf(1_798_761_599L).compareTo(ConditionValues.dateSeconds("2026-12-31T23:59:59Z")));
        assertNull(ConditionValues.dateSeconds("2026-13-01T00:00:00Z"));
        assertNull(ConditionValues.dateSeconds("2026-04-31T00:00:00Z"));
    }

    /** What the date reads as through the ISO parser alone (with its strict ranges), or null. */
    private static BigDecimal general(String text) {
        try {
            return BigDecimal.valueOf(OffsetDateTime.parse(text).toInstant().getEpochSecond());
        } catch (DateTimeParseException e) {
            try {
                return BigDecimal.valueOf(java.time.Instant.parse(text).getEpochSecond()); // a leap second
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
