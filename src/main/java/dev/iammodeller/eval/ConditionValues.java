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
        if (digitsAndPoints(value)) {
            return number(value);
        }
        long seconds = utcSeconds(value);
        if (seconds != NOT_PLAIN_UTC) {
            return BigDecimal.valueOf(seconds);
        }
        Instant instant = instant(value);
        return instant == null ? null
                : BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }

    private static boolean digitsAndPoints(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static final long NOT_PLAIN_UTC = Long.MIN_VALUE;

    /**
     * Seconds since the epoch of the form nearly every policy and request writes, {@code 2026-04-15T00:00:00Z}
     * (read without the general parsers, which try one form after another); {@link #NOT_PLAIN_UTC} for any
     * other text, and for a field out of its range, which the general parsers then decide.
     */
    static long utcSeconds(String value) {
        if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
            return NOT_PLAIN_UTC;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        int hour = digits(value, 11, 13);
        int minute = digits(value, 14, 16);
        int second = digits(value, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOf(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_PLAIN_UTC;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    /** The number that the ASCII digits from {@code start} to {@code end} write, or -1. */
    private static int digits(String value, int start, int end) {
        int out = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            out = out * 10 + (c - '0');
        }
        return out;
    }

    private static int lengthOf(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
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
