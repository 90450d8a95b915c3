package org.subtext.model;

import java.util.List;
import java.util.Set;

import org.subtext.source.AssetFile;

/**
 * A whole content folder, parsed: the input of the graph stage. Lists are sorted by id.
 * {@code unreadable} holds the ids of explainer and actor files too broken to parse (already
 * reported): references to them are not reported again.
 */
public record Content(
        SiteConfig site,
        List<Explainer> explainers,
        List<Actor> actors,
        List<TimelineEvent> standaloneEvents,
        List<AssetFile> assets,
        Set<String> unreadable) {

    public Content {
        explainers = List.copyOf(explainers);
        actors = List.copyOf(actors);
        standaloneEvents = List.copyOf(standaloneEvents);
        assets = List.copyOf(assets);
        unreadable = Set.copyOf(unreadable);
    }
}
