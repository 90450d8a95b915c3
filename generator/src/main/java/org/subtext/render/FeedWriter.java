package org.subtext.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Explainer;
import org.subtext.model.PartialDate;
import org.subtext.view.Urls;

/**
 * The Atom feed of explainers, newest first, with absolute URLs, each entry's full text and its
 * social card; drafts, in a preview built with them, are left out. Its {@code updated} is the newest date in the content, never the build time,
 * so the same content gives the same feed.
 */
public final class FeedWriter {

    static final int MAX_ENTRIES = 50;
    static final String EPOCH = "1970-01-01T00:00:00Z";

    /** The explainers the feed carries: all it is made of, with the site and the authors. */
    public static List<RenderedExplainer> entries(ContentGraph graph) {
        return graph.explainers().stream().filter(e -> !e.explainer().draft()).limit(MAX_ENTRIES).toList();
    }

    public String atom(ContentGraph graph) {
        Urls urls = new Urls(graph.site());
        List<RenderedExplainer> entries = entries(graph);
        String updated = entries.stream().map(e -> lastChange(e.explainer())).max(PartialDate::compareTo)
                .map(PartialDate::instant).orElse(EPOCH);
        String origin = FeedContent.origin(urls.absolute(""));
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\" xml:lang=\"")
                .append(Xml.escape(graph.site().language())).append("\">\n");
        element(out, "  ", "title", graph.site().title());
        element(out, "  ", "subtitle", graph.site().description());
        out.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Xml.escape(urls.absolute("feed.xml"))).append("\"/>\n");
        out.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(urls.absolute(""))).append("\"/>\n");
        element(out, "  ", "id", urls.absolute(""));
        element(out, "  ", "updated", updated);
        out.append("  <author>\n");
        element(out, "    ", "name", graph.site().title());
        out.append("  </author>\n");
        for (RenderedExplainer rendered : entries) {
            Explainer e = rendered.explainer();
            String url = urls.absolute(Urls.explainer(e.slug()));
            out.append("  <entry>\n");
            element(out, "    ", "title", e.title());
            out.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            element(out, "    ", "id", url);
            element(out, "    ", "published", e.published().instant());
            element(out, "    ", "updated", lastChange(e).instant());
            element(out, "    ", "summary", e.summary());
            out.append("    <content type=\"html\">")
                    .append(Xml.escape(FeedContent.html(rendered, url, origin))).append("</content>\n");
            // the social card, as readers that show a picture per entry look for it
            out.append("    <media:thumbnail url=\"").append(Xml.escape(urls.absolute(Urls.socialCard(e.slug()))))
                    .append("\" width=\"" + SocialCard.WIDTH + "\" height=\"" + SocialCard.HEIGHT + "\"/>\n");
            // an entry without authors takes the feed's, the site
            for (String name : authorNames(graph, e)) {
                out.append("    <author>\n");
                element(out, "      ", "name", name);
                out.append("    </author>\n");
            }
            out.append("    <category term=\"").append(Xml.escape(e.section())).append("\"/>\n");
            out.append("  </entry>\n");
        }
        out.append("</feed>\n");
        return out.toString();
    }

    /** The names of the explainer's authors, in byline order. */
    static List<String> authorNames(ContentGraph graph, Explainer e) {
        Map<String, String> names = new HashMap<>();
        graph.authors().forEach(a -> names.put(a.author().id(), a.author().name()));
        return e.authors().stream().map(r -> names.getOrDefault(r.id(), r.id())).toList();
    }

    static PartialDate lastChange(Explainer e) {
        return e.updated() != null ? e.updated() : e.published();
    }

    static void element(StringBuilder out, String indent, String name, String text) {
        out.append(indent).append('<').append(name).append('>').append(Xml.escape(text))
                .append("</").append(name).append(">\n");
    }
}
