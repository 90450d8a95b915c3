package org.subtext.markdown;

import java.util.List;
import java.util.Objects;

/**
 * Sanitised HTML of one Markdown text, the wikilinks it holds and the URLs into the site it was written with. The HTML is kept as UTF-8
 * ({@link Html}); {@link #html()} gives it as text.
 */
public final class RenderedMarkdown {

    private final Html markup;
    private final List<OutgoingLink> links;
    private final List<Heading> headings;
    private final List<WrittenUrl> urls;

    /** @param html null for no HTML at all */
    public RenderedMarkdown(String html, List<OutgoingLink> links, List<Heading> headings) {
        this(html == null ? null : Html.of(html), links, headings, List.of());
    }

    public RenderedMarkdown(Html markup, List<OutgoingLink> links, List<Heading> headings) {
        this(markup, links, headings, List.of());
    }

    /** @param urls the URLs into the site written in the text, to check once the site's files are known */
    public RenderedMarkdown(Html markup, List<OutgoingLink> links, List<Heading> headings, List<WrittenUrl> urls) {
        this.markup = markup;
        this.links = List.copyOf(links);
        this.headings = List.copyOf(headings);
        this.urls = List.copyOf(urls);
    }

    /** The HTML as text, or null. */
    public String html() {
        return markup == null ? null : markup.toString();
    }

    /** The HTML as UTF-8, or null. */
    public Html markup() {
        return markup;
    }

    public List<OutgoingLink> links() {
        return links;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<WrittenUrl> urls() {
        return urls;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedMarkdown that && Objects.equals(markup, that.markup)
                && links.equals(that.links) && headings.equals(that.headings) && urls.equals(that.urls);
    }

    @Override
    public int hashCode() {
        return Objects.hash(markup, links, headings, urls);
    }

    @Override
    public String toString() {
        return "RenderedMarkdown[html=" + html() + ", links=" + links + ", headings=" + headings + ", urls=" + urls + "]";
    }

    /** A heading of the body, for a table of contents and the search index. */
    public record Heading(int level, String id, String text) {
    }
}
