package org.subtext.model;

import java.util.List;

import org.subtext.source.AssetFile;

/** A whole content folder, parsed: the input of the graph stage. Lists are sorted by id. */
public record Content(
        SiteConfig site,
        List<Explainer> explainers,
        List<Actor> actors,
        List<TimelineEvent> standaloneEvents,
        List<AssetFile> assets) {

    public Content {
        explainers = List.copyOf(explainers);
        actors = List.copyOf(actors);
        standaloneEvents = List.copyOf(standaloneEvents);
        assets = List.copyOf(assets);
    }
}
