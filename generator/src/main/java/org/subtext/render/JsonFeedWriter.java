package org.subtext.render;

import java.util.Comparator;
import java.util.List;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Explainer;
import org.subtext.json.Json;
import org.subtext.view.Urls;

/**
 * The JSON Feed 1.1 of explainers ({@code feed.json}, beside the Atom feed): newest first, with
 * absolute URLs, and the same entries as {@code feed.xml}, each with its full text and social card.
 */
public final class JsonFeedWriter {

    /** The explainers the feed carries: all it is made of, with the site and the authors. */
    public static List<RenderedExplainer> entries(ContentGraph graph) {
        return graph.explainers().stream().filter(e -> !e.explainer().draft())
                .sorted(Comparator.comparing((RenderedExplainer e) -> e.explainer().published()).reversed())
                .limit(FeedWriter.MAX_ENTRIES).toList();
    }

    public String write(ContentGraph graph) {
        Urls urls = new Urls(graph.site());
        List<RenderedExplainer> entries = entries(graph);
        String origin = FeedContent.origin(urls.absolute(""));
        StringBuilder out = new StringBuilder(8192);
        out.append("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n");
        field(out, "  ", "title", graph.site().title(), true);
        field(out, "  ", "home_page_url", urls.absolute(""), true);
        field(out, "  ", "feed_url", urls.absolute("feed.json"), true);
        field(out, "  ", "description", graph.site().description(), true);
        field(out, "  ", "language", graph.site().language(), true);
        out.append("  \"authors\": [{\"name\": ").append(Json.quote(graph.site().title()))
                .append(", \"url\": ").append(Json.quote(urls.absolute(""))).append("}],\n");
        out.append("  \"items\": [");
        for (int i = 0; i < entries.size(); i++) {
            Explainer e = entries.get(i).explainer();
            String url = urls.absolute(Urls.explainer(e.slug()));
            out.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(out, "      ", "id", url, true);
            field(out, "      ", "url", url, true);
            field(out, "      ", "title", e.title(), true);
            field(out, "      ", "summary", e.summary(), true);
            field(out, "      ", "content_html", FeedContent.html(entries.get(i), url, origin), true);
            field(out, "      ", "image", urls.absolute(Urls.socialCard(e.slug())), true);
            field(out, "      ", "date_published", e.published().instant(), true);
            field(out, "      ", "date_modified", FeedWriter.lastChange(e).instant(), true);
            List<String> names = FeedWriter.authorNames(graph, e);
            if (!names.isEmpty()) {
                List<String> authors = new java.util.ArrayList<>();
                for (int a = 0; a < names.size(); a++) {
                    authors.add("{\"name\": " + Json.quote(names.get(a)) + ", \"url\": "
                            + Json.quote(urls.absolute(Urls.author(e.authors().get(a).id()))) + "}");
                }
                out.append("      \"authors\": [").append(String.join(", ", authors)).append("],\n");
            }
            out.append("      \"tags\": ").append(Json.strings(
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(e.section()),
                            e.tags().stream().map(t -> graph.site().tagLabel(t.id()))).distinct().toList())).append('\n');
            out.append("    }");
        }
        out.append(entries.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return out.toString();
    }

    private static void field(StringBuilder out, String indent, String name, String value, boolean comma) {
        out.append(indent).append('"').append(name).append("\": ").append(Json.quote(value))
                .append(comma ? ",\n" : "\n");
    }
}
