package org.subtext.markdown;

import java.util.List;

/** Sanitised HTML of one Markdown text and the wikilinks it holds. */
public record RenderedMarkdown(String html, List<OutgoingLink> links, List<Heading> headings) {

    public RenderedMarkdown {
        links = List.copyOf(links);
        headings = List.copyOf(headings);
    }

    /** A heading of the body, for a table of contents and the search index. */
    public record Heading(int level, String id, String text) {
    }
}
