package dev.iammodeller.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Numerals in conditions are read exactly up to {@link ConditionValues#MAX_NUMBER_LENGTH} characters; a
 * longer one (a megabyte of digits, which {@code BigDecimal} reads in quadratic time) is not a number, so
 * the numeric or date comparison that meets it does not hold, as for any other text that is not one.
 */
class LongNumeralsTest {
    private static final String MEGABYTE_OF_DIGITS = "9".repeat(1 << 20);

    @Test
    void aNumeralUpToTheLimitIsReadExactly() {
        String longest = "1" + "0".repeat(ConditionValues.MAX_NUMBER_LENGTH - 3) + ".5";
        assertEquals(ConditionValues.MAX_NUMBER_LENGTH, longest.length());
        assertEquals(new BigDecimal(longest), ConditionValues.number(longest));
        assertEquals(0, new BigDecimal("18446744073709551.616").compareTo(ConditionValues.dateSeconds("18446744073709551.616")));
    }

    @Test
    void aLongerNumeralIsNotANumber() {
        assertNull(ConditionValues.number("1" + "0".repeat(ConditionValues.MAX_NUMBER_LENGTH)));
        assertNull(ConditionValues.number(MEGABYTE_OF_DIGITS));
        assertNull(ConditionValues.dateSeconds(MEGABYTE_OF_DIGITS));
        assertNull(ConditionValues.dateSeconds(MEGABYTE_OF_DIGITS + "T00:00:00Z"));
    }
}
