package dev.iammodeller.io.authz;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * The dates of an export. The AWS CLI writes {@code 2014-07-30T17:09:20Z} or {@code 2014-07-30T17:09:20+00:00};
 * exports saved through Python (boto3, cloudsplaining, CloudMapper) write {@code 2019-12-18 19:10:08+00:00},
 * sometimes with microseconds. Both separators, fractions of a second, {@code Z}, {@code +hh:mm} and
 * {@code +hhmm} are read; a date without an offset is taken as UTC.
 */
final class ExportDates {
    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHmm", "Z").toFormatter();

    private ExportDates() {
    }

    /** The instant the text names, or null when it is no date of either form. */
    static Instant parse(String text) {
        if (text == null || text.length() < 19) {
            return null;
        }
        char separator = text.charAt(10);
        if (separator != ' ' && separator != 'T' && separator != 't') {
            return null;
        }
        String iso = text.substring(0, 10) + 'T' + text.substring(11);
        char last = iso.charAt(iso.length() - 1);
        try {
            if (last == 'Z' || last == 'z') {
                return OffsetDateTime.parse(iso.substring(0, iso.length() - 1) + 'Z',
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
            int sign = Math.max(iso.lastIndexOf('+'), iso.lastIndexOf('-'));
            if (sign <= 10) {
                return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            }
            return iso.indexOf(':', sign) > 0
                    ? OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    : OffsetDateTime.parse(iso, COMPACT_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
