package org.subtext.source;

import java.util.List;
import java.util.Set;

/**
 * Every file of a content folder that the build reads, each list sorted by path; explainers are
 * found but not yet read. {@code unreadable} names the actor, author and page files that could not be read (already
 * reported).
 */
public record ContentSources(
        SourceFile siteConfig,
        List<UnreadFile> explainers,
        List<SourceFile> actors,
        List<SourceFile> authors,
        List<SourceFile> pages,
        List<SourceFile> events,
        List<AssetFile> assets,
        Set<String> unreadable) {

    public ContentSources {
        explainers = List.copyOf(explainers);
        actors = List.copyOf(actors);
        authors = List.copyOf(authors);
        pages = List.copyOf(pages);
        events = List.copyOf(events);
        assets = List.copyOf(assets);
        unreadable = Set.copyOf(unreadable);
    }
}
