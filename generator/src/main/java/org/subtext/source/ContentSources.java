package org.subtext.source;

import java.util.List;

/** Every file of a content folder that the build reads, each list sorted by path. */
public record ContentSources(
        SourceFile siteConfig,
        List<SourceFile> explainers,
        List<SourceFile> actors,
        List<SourceFile> events,
        List<AssetFile> assets) {

    public ContentSources {
        explainers = List.copyOf(explainers);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        assets = List.copyOf(assets);
    }
}
