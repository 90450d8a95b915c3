package org.subtext.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.subtext.graph.MergedEvent;
import org.subtext.model.PartialDate;

/**
 * The timeline drawn to scale above its list: one axis from the first event's year to the last one's,
 * periods as bars (in lanes where they overlap), single events as ticks on a row of their own. Positions
 * are in a drawing {@value #WIDTH} units wide, written with one decimal so the output is the same everywhere.
 */
final class TimelineOverview {

    static final int WIDTH = 1000;
    private static final int LANE = 14;
    private static final int AXIS = 30;
    private static final int MAX_LANES = 8;
    private static final int MAX_TICKS = 8;

    private TimelineOverview() {
    }

    /** Null for fewer than two events, where a scale says nothing; its label in the page's words. */
    static Views.Overview of(List<MergedEvent> events, Words words) {
        if (events.size() < 2) {
            return null;
        }
        int first = events.stream().mapToInt(e -> e.date().year()).min().orElseThrow();
        int last = events.stream().mapToInt(e -> (e.end() == null ? e.date() : e.end()).year()).max().orElseThrow();
        LocalDate from = LocalDate.of(first, 1, 1);
        double days = ChronoUnit.DAYS.between(from, LocalDate.of(last + 1, 1, 1));
        boolean points = events.stream().anyMatch(e -> e.end() == null);
        List<Double> laneEnds = new ArrayList<>();
        List<Views.Mark> marks = new ArrayList<>();
        int periods = 0;
        for (MergedEvent e : events) {
            double x = WIDTH * ChronoUnit.DAYS.between(from, start(e.date())) / days;
            if (e.end() == null) {
                marks.add(new Views.Mark(number(x), "0", "2", false));
                continue;
            }
            periods++;
            double end = WIDTH * ChronoUnit.DAYS.between(from, end(e.end())) / days;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > x && lane < MAX_LANES - 1) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(end);
            } else {
                laneEnds.set(lane, Math.max(end, laneEnds.get(lane)));
            }
            marks.add(new Views.Mark(number(x), Integer.toString(((points ? 1 : 0) + lane) * LANE),
                    number(Math.max(2, end - x)), true));
        }
        int rows = (points ? 1 : 0) + laneEnds.size();
        int axis = rows * LANE + 2;
        String ticks = words.count("overview_events", events.size() - periods);
        String label = periods == 0 ? words.format("overview_label_events", first, last, ticks)
                : words.format("overview_label", first, last, words.count("overview_periods", periods), ticks);
        return new Views.Overview(axis + AXIS, axis, ticks(first, last, from, days), marks, label);
    }

    /** Years along the axis, at most {@value #MAX_TICKS}, on a round step. */
    private static List<Views.Tick> ticks(int first, int last, LocalDate from, double days) {
        int years = last - first + 1;
        int step = 1;
        for (int candidate : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            step = candidate;
            if (years / candidate <= MAX_TICKS) {
                break;
            }
        }
        List<Views.Tick> ticks = new ArrayList<>();
        for (int year = (first + step - 1) / step * step; year <= last + 1; year += step) {
            double x = WIDTH * ChronoUnit.DAYS.between(from, LocalDate.of(year, 1, 1)) / days;
            if (x >= 30 && x <= WIDTH - 30) {
                ticks.add(new Views.Tick(number(x), Integer.toString(year)));
            }
        }
        return ticks;
    }

    private static LocalDate start(PartialDate date) {
        return LocalDate.of(date.year(), Math.max(1, date.month()), Math.max(1, date.day()));
    }

    /** The last day a date covers: a year's 31 December, a month's last day. */
    private static LocalDate end(PartialDate date) {
        if (date.month() == 0) {
            return LocalDate.of(date.year() + 1, 1, 1);
        }
        if (date.day() == 0) {
            return YearMonth.of(date.year(), date.month()).plusMonths(1).atDay(1);
        }
        return LocalDate.of(date.year(), date.month(), date.day()).plusDays(1);
    }

    /**
     * One decimal, rounded half up from the shortest decimal that reads back as the value: what
     * {@code String.format("%.1f")} prints, without parsing a format for each of a site's marks.
     */
    static String number(double value) {
        String rounded = new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        // BigDecimal has no negative zero; a value just below zero keeps its sign, as format prints it
        return rounded.equals("0.0") && (value < 0 || 1 / value < 0) ? "-0.0" : rounded;
    }
}
