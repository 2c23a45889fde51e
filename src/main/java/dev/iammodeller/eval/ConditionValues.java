package dev.iammodeller.eval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;

/** Reads condition values as the operator families compare them: numbers, dates, binary. */
final class ConditionValues {
    private ConditionValues() {
    }

    /**
     * The longest text read as a number: far beyond any number a request or policy holds (a 64-bit
     * integer has 20 digits), and short enough that reading one costs nothing however long a value is.
     */
    static final int MAX_NUMBER_LENGTH = 256;

    /** The number the text writes, exactly (no rounding, no overflow); null when it is not one or too long. */
    static BigDecimal number(String text) {
        String value = text.trim();
        if (value.length() > MAX_NUMBER_LENGTH) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * An ISO 8601 date or date-time, or epoch seconds, as exact seconds since the epoch (so that an epoch
     * value beyond any calendar, such as {@code 18446744073709551.616}, compares as the large number it
     * is instead of wrapping); null when neither.
     */
    static BigDecimal dateSeconds(String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return number(value);
        }
        Instant instant = instant(value);
        return instant == null ? null
                : BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // try the other ISO forms below
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // try the other ISO forms below
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the other ISO forms below
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean binaryEquals(String requestValue, String policyValue) {
        try {
            return Arrays.equals(Base64.getDecoder().decode(requestValue.trim()),
                    Base64.getDecoder().decode(policyValue.trim()));
        } catch (IllegalArgumentException e) {
            return requestValue.equals(policyValue);
        }
    }
}
