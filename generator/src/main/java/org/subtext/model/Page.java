package org.subtext.model;

import java.util.Set;

/**
 * A standalone page (about, methods, a policy), published at {@code <slug>/}. {@code summary},
 * {@code updated} and {@code language} may be null; a null language means the site's default.
 */
public record Page(
        String slug,
        String file,
        String title,
        String summary,
        PartialDate updated,
        Ref language,
        boolean draft,
        String body,
        int bodyFirstLine) {

    /** Top-level paths of a generated site, which a page at {@code <slug>/} would collide with. */
    public static final Set<String> GENERATED_PATHS = Set.of("explainers", "actors", "authors", "claims", "timeline",
            "tags", "sections", "search", "corrections", "static", "assets", "feed.xml", "feed.json", "sitemap.xml",
            "robots.txt", "404", "_headers", "embed", "corrections.xml");
}
