package org.subtext.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static PartialDate date(String text) {
        Optional<PartialDate> parsed = PartialDate.parse(text);
        assertTrue(parsed.isPresent(), "expected '" + text + "' to parse");
        return parsed.get();
    }

    @Test
    void parsesAYear() {
        PartialDate d = date("2014");
        assertEquals(2014, d.year());
        assertEquals(0, d.month());
        assertEquals(0, d.day());
        assertNull(d.timestamp());
        assertEquals(PartialDate.Precision.YEAR, d.precision());
        assertEquals("2014", d.text());
    }

    @Test
    void parsesAMonth() {
        PartialDate d = date("2014-09");
        assertEquals(2014, d.year());
        assertEquals(9, d.month());
        assertEquals(0, d.day());
        assertEquals(PartialDate.Precision.MONTH, d.precision());
    }

    @Test
    void parsesADay() {
        PartialDate d = date("2014-09-05");
        assertEquals(2014, d.year());
        assertEquals(9, d.month());
        assertEquals(5, d.day());
        assertEquals(PartialDate.Precision.DAY, d.precision());
    }

    @Test
    void parsesAUtcTimestamp() {
        PartialDate d = date("2026-06-24T05:18:07Z");
        assertEquals(PartialDate.Precision.TIMESTAMP, d.precision());
        assertEquals(OffsetDateTime.of(2026, 6, 24, 5, 18, 7, 0, ZoneOffset.UTC), d.timestamp());
        assertEquals(2026, d.year());
        assertEquals(6, d.month());
        assertEquals(24, d.day());
        assertEquals("2026-06-24T05:18:07Z", d.text());
    }

    @Test
    void parsesATimestampWithOffsetKeepingTheInstant() {
        PartialDate d = date("2026-06-24T05:18:07+02:00");
        assertEquals(PartialDate.Precision.TIMESTAMP, d.precision());
        assertEquals(ZoneOffset.ofHours(2), d.timestamp().getOffset());
        assertEquals(OffsetDateTime.of(2026, 6, 24, 3, 18, 7, 0, ZoneOffset.UTC).toInstant(),
                d.timestamp().toInstant());
        assertEquals("2026-06-24T05:18:07+02:00", d.text());
        assertEquals("2026-06-24T03:18:07Z", d.iso());
    }

    @Test
    void stripsSurroundingWhitespace() {
        assertEquals("2014-09", date("  2014-09 \n").text());
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertEquals(29, date("2016-02-29").day());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2014-02-29", "2014-13", "2014-09-31",
        "yesterday", "42", "2014-9", "2014-09-5", "14-09-05", "20140905", "", "2014-09-05T10:00:00",
        "2014-09-05 10:00:00Z", "2014-09-05T25:00:00Z", "2014/09/05"})
    void rejectsInvalidDates(String text) {
        assertEquals(Optional.empty(), PartialDate.parse(text), "'" + text + "' must not parse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-00", "2014-09-00", "2014-00-05", "2014-00-00"})
    void rejectsZeroMonthOrDay(String text) {
        assertEquals(Optional.empty(), PartialDate.parse(text), "'" + text + "' must not parse");
    }

    @ParameterizedTest
    @CsvSource({
        "2014, 2014",
        "2014-09, September 2014",
        "2014-01, January 2014",
        "2014-12, December 2014",
        "2014-09-05, 5 September 2014",
        "2014-09-25, 25 September 2014",
        "2026-06-24T05:18:07Z, 24 June 2026",
    })
    void displaysAsWritten(String text, String expected) {
        assertEquals(expected, date(text).display());
    }

    @ParameterizedTest
    @CsvSource({
        "2014, 2014",
        "2014-09, 2014-09",
        "2014-09-05, 2014-09-05",
        "2026-06-24T05:18:07Z, 2026-06-24T05:18:07Z",
        "2026-06-24T05:18:07.000Z, 2026-06-24T05:18:07Z",
    })
    void isoKeepsThePrecisionWritten(String text, String expected) {
        assertEquals(expected, date(text).iso());
    }

    @ParameterizedTest
    @CsvSource({
        "2014, 2014-01-01T00:00:00Z",
        "2014-09, 2014-09-01T00:00:00Z",
        "2014-09-05, 2014-09-05T00:00:00Z",
        "2026-06-24T05:18:07+02:00, 2026-06-24T03:18:07Z",
    })
    void instantIsTheFirstMomentInUtc(String text, String expected) {
        assertEquals(expected, date(text).instant());
    }

    @Test
    void lessPreciseDatesSortBeforeMorePreciseOnesOfTheSamePeriod() {
        List<PartialDate> expected = List.of(date("2013-12-31"), date("2014"), date("2014-09"), date("2014-09-05"),
                date("2014-09-05T10:00:00Z"), date("2014-09-05T11:00:00Z"), date("2014-09-06"), date("2014-10"),
                date("2015"));
        List<PartialDate> shuffled = new ArrayList<>(expected);
        java.util.Collections.reverse(shuffled);
        java.util.Collections.swap(shuffled, 1, 5);
        shuffled.sort(null);
        assertEquals(expected, shuffled);
    }

    @Test
    void comparesTimestampsByInstantNotByWrittenOffset() {
        PartialDate utc = date("2014-09-05T10:00:00Z");
        PartialDate earlierInstant = date("2014-09-05T11:00:00+02:00");
        assertTrue(earlierInstant.compareTo(utc) < 0);
        assertEquals(0, date("2014-09-05T12:00:00+02:00").compareTo(utc));
    }

    @Test
    void yearAsEndOfADayInThatYearIsNotBefore() {
        assertFalse(date("2014").endsBefore(date("2014-09-05")));
        assertFalse(date("2014-09").endsBefore(date("2014-09-05")));
    }

    @Test
    void endsBeforeDetectsRangesThatEndBeforeTheyStart() {
        assertTrue(date("2013").endsBefore(date("2014-09-05")));
        assertTrue(date("2014-08").endsBefore(date("2014-09-05")));
        assertTrue(date("2014-09-04").endsBefore(date("2014-09-05")));
        assertTrue(date("2014-08-31").endsBefore(date("2014-09")));
    }

    @Test
    void endsBeforeIsFalseForTheSameOrALaterDate() {
        assertFalse(date("2014-09-05").endsBefore(date("2014-09-05")));
        assertFalse(date("2014-09-06").endsBefore(date("2014-09-05")));
        assertFalse(date("2015").endsBefore(date("2014-09-05")));
        assertFalse(date("2014-09-05").endsBefore(date("2014")));
        assertFalse(date("2014-09-05").endsBefore(date("2014-09-05T10:00:00Z")));
    }

    @Test
    void timestampEndBeforeTimestampStartOnTheSameDayEndsBefore() {
        assertTrue(date("2014-09-05T09:00:00Z").endsBefore(date("2014-09-05T10:00:00Z")));
    }

    @Test
    void isWithinChecksThePeriodANameCovers() {
        assertTrue(date("2014-09-05").isWithin(date("2014")));
        assertTrue(date("2014-09-05").isWithin(date("2014-09")));
        assertTrue(date("2014-09-05").isWithin(date("2014-09-05")));
        assertTrue(date("2014-09").isWithin(date("2014")));
        assertFalse(date("2014-09-05").isWithin(date("2014-10")));
        assertFalse(date("2014-09-05").isWithin(date("2015")));
        assertFalse(date("2014-09-05").isWithin(date("2014-09-06")));
        assertFalse(date("2014").isWithin(date("2014-09")));
    }
}
