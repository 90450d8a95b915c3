package org.subtext.view;

import java.util.function.Function;

import org.subtext.model.PartialDate;
import org.subtext.model.PartialDate.Precision;

/**
 * How the start of a range reads before its end: what the end repeats is left out, so a range reads
 * "23–27 September 2022", "23 September–2 October 2022" or "September–October 2022".
 */
final class DateRange {

    private DateRange() {
    }

    /**
     * The start's words, as {@code display} writes a date in the page's language: shortened only where
     * both dates are as precise (day with day, month with month), and only where the year comes last.
     */
    static String start(PartialDate start, PartialDate end, Function<PartialDate, String> display) {
        String full = display.apply(start);
        if (end == null || start.year() != end.year() || days(start) != days(end)
                || start.precision() == Precision.YEAR || end.precision() == Precision.YEAR
                || !full.endsWith(" " + start.year())) {
            return full;
        }
        String withoutYear = full.substring(0, full.length() - (" " + start.year()).length());
        if (days(start) && start.month() == end.month()) {
            return Integer.toString(start.day());
        }
        return withoutYear;
    }

    /** An unspaced dash between single words ("23–27"), a spaced one where the start has several. */
    static boolean close(String start) {
        return start.indexOf(' ') < 0;
    }

    private static boolean days(PartialDate date) {
        return date.precision() == Precision.DAY || date.precision() == Precision.TIMESTAMP;
    }
}
