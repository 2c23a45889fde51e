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

    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO 8601 date or date-time, or epoch seconds; null when neither. */
    static Instant date(String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '.') && !value.contains("-")) {
            BigDecimal seconds = number(value);
            return seconds == null ? null : Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        }
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
