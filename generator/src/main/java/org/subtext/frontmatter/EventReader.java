package org.subtext.frontmatter;

import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.model.PartialDate;
import org.subtext.model.TimelineEvent;

/** Reads one timeline event, wherever it is written. */
final class EventReader {

    static final Set<String> KEYS = MapReader.keys("id", "date", "end", "title", "text", "actors", "explainer");

    private EventReader() {
    }

    static TimelineEvent read(MapReader in, Diagnostics diagnostics) {
        String id = in.id("id");
        PartialDate date = in.date("date", true);
        PartialDate end = in.date("end", false);
        String title = in.string("title", true);
        if (date != null && end != null && end.endsBefore(date)) {
            diagnostics.error(in.positionOf("end"), "end " + end.text() + " is before date " + date.text()
                    + " in " + in.path("end"));
            end = null;
        }
        TimelineEvent event = new TimelineEvent(id, in.position(), date, end, title, in.string("text", false),
                in.refs("actors"), in.ref("explainer", false));
        return id == null || date == null || title == null ? null : event;
    }
}
