package org.subtext.graph;

import java.util.List;

import org.subtext.model.PartialDate;

/**
 * One event of the site-wide timeline, merged from every place that names its id.
 * {@code textHtml} and {@code end} may be null; lists are sorted. On a site of several languages, an
 * event written in explainers of two languages is two copies, one per {@code language} (its title and
 * text translated); on a one-language site {@code language} is always the site's.
 */
public record MergedEvent(String id, PartialDate date, PartialDate end, String title, String textHtml,
                          List<String> actors, List<String> explainers, String language) {

    public MergedEvent {
        actors = List.copyOf(actors);
        explainers = List.copyOf(explainers);
    }
}
