package org.subtext.model;

import java.util.List;

import org.subtext.diag.SourcePosition;

/**
 * An event as written in one place: an explainer's {@code timeline} or a file in {@code events/}.
 * {@code end}, {@code text} and {@code explainer} may be null.
 */
public record TimelineEvent(
        String id,
        SourcePosition position,
        PartialDate date,
        PartialDate end,
        String title,
        String text,
        List<Ref> actors,
        Ref explainer) {

    public TimelineEvent {
        actors = List.copyOf(actors);
    }
}
