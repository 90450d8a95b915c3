package org.subtext.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.subtext.model.PartialDate;

class DateRangeTest {

    private static String start(String start, String end) {
        return DateRange.start(PartialDate.parse(start).orElseThrow(),
                end == null ? null : PartialDate.parse(end).orElseThrow(), PartialDate::display);
    }

    @Test
    void theStartLeavesOutWhatTheEndRepeats() {
        assertEquals("23", start("2022-09-23", "2022-09-27"));
        assertEquals("23 September", start("2022-09-23", "2022-10-02"));
        assertEquals("23 December 2021", start("2021-12-23", "2022-01-02"));
        assertEquals("September", start("2022-09", "2022-10"));
        assertEquals("23", start("2022-09-23T10:00:00Z", "2022-09-27"));
    }

    @Test
    void datesOfDifferentPrecisionOrWithoutAnEndReadInFull() {
        assertEquals("September 2022", start("2022-09", "2022-09-27"));
        assertEquals("23 September 2022", start("2022-09-23", "2022-10"));
        assertEquals("2014", start("2014", "2022"));
        assertEquals("2014", start("2014", "2014-09"));
        assertEquals("23 September 2022", start("2022-09-23", null));
    }

    @Test
    void aSingleWordTakesAnUnspacedDash() {
        assertTrue(DateRange.close("23"));
        assertTrue(DateRange.close("2014"));
        assertFalse(DateRange.close("23 September"));
    }
}
