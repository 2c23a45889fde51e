package dev.iammodeller.io.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The date forms exports are written in. */
class AuthorizationDatesTest {
    @Test
    void bothFormsAndTheirVariants() {
        assertEquals(Instant.parse("2019-12-18T19:10:08Z"), ExportDates.parse("2019-12-18 19:10:08+00:00"));
        assertEquals(Instant.parse("2014-07-30T17:09:20Z"), ExportDates.parse("2014-07-30T17:09:20Z"));
        assertEquals(Instant.parse("2021-03-13T18:40:54Z"), ExportDates.parse("2021-03-13T18:40:54+00:00"));
        assertEquals(Instant.parse("2017-05-15T17:33:36.123456Z"), ExportDates.parse("2017-05-15 17:33:36.123456+00:00"));
        assertEquals(Instant.parse("2020-01-01T05:00:00Z"), ExportDates.parse("2020-01-01T00:00:00-05:00"));
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), ExportDates.parse("2020-01-01T01:00:00+0100"));
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), ExportDates.parse("2020-01-01 00:00:00"));
    }

    @Test
    void notDates() {
        assertNull(ExportDates.parse("18/12/2019"));
        assertNull(ExportDates.parse("2019-12-18"));
        assertNull(ExportDates.parse("2019-13-18 19:10:08+00:00"));
        assertNull(ExportDates.parse("2019-12-18_19:10:08+00:00"));
        assertNull(ExportDates.parse("yesterday at noon, roughly"));
    }
}
