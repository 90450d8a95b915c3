package org.subtext.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The overview's coordinates are printed as {@code String.format("%.1f")} prints them. */
class TimelineOverviewNumberTest {

    @Property(tries = 20000)
    void oneDecimalAsFormatPrintsIt(@ForAll @DoubleRange(min = -10, max = 2000) double value) {
        assertEquals(String.format(Locale.ROOT, "%.1f", value), TimelineOverview.number(value));
    }

    /** Halves and values a hair off them, where rounding the binary value and the decimal one differ. */
    @Test
    void halvesRoundAsFormatRoundsThem() {
        for (int tenths = 0; tenths < 20000; tenths++) {
            for (double value : new double[] {tenths / 100.0 + 0.005, tenths * 0.05, tenths / 20.0,
                    Math.nextUp(tenths / 20.0), Math.nextDown(tenths / 20.0), tenths * 0.1 + 0.05}) {
                assertEquals(String.format(Locale.ROOT, "%.1f", value), TimelineOverview.number(value),
                        "value " + value);
            }
        }
    }
}
