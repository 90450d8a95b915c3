package org.subtext.graph;

import java.util.List;

import org.subtext.model.PartialDate;

/**
 * One event of the site-wide timeline, merged from every place that names its id.
 * {@code textHtml} and {@code end} may be null; lists are sorted.
 */
public record MergedEvent(String id, PartialDate date, PartialDate end, String title, String textHtml,
                          List<String> actors, List<String> explainers) {

    public MergedEvent {
        actors = List.copyOf(actors);
        explainers = List.copyOf(explainers);
    }
}
