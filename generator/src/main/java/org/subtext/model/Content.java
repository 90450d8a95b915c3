package org.subtext.model;

import java.util.List;
import java.util.Set;

import org.subtext.source.AssetFile;

/**
 * A whole content folder, parsed: the input of the graph stage. Lists are sorted by id.
 * {@code unreadable} holds the ids of explainer, actor, author and page files too broken to parse
 * (already reported): references to them are not reported again.
 */
public record Content(
        SiteConfig site,
        List<Explainer> explainers,
        List<Actor> actors,
        List<Author> authors,
        List<Page> pages,
        List<TimelineEvent> standaloneEvents,
        List<AssetFile> assets,
        Set<String> unreadable) {

    public Content {
        explainers = List.copyOf(explainers);
        actors = List.copyOf(actors);
        authors = List.copyOf(authors);
        pages = List.copyOf(pages);
        standaloneEvents = List.copyOf(standaloneEvents);
        assets = List.copyOf(assets);
        unreadable = Set.copyOf(unreadable);
    }

    /** A content folder without authors and pages. */
    public Content(SiteConfig site, List<Explainer> explainers, List<Actor> actors, List<TimelineEvent> standaloneEvents,
                   List<AssetFile> assets, Set<String> unreadable) {
        this(site, explainers, actors, List.of(), List.of(), standaloneEvents, assets, unreadable);
    }
}
