package org.subtext.render;

import java.util.List;

import org.subtext.graph.ContentGraph;
import org.subtext.model.Explainer;
import org.subtext.view.CorrectionsViewBuilder;
import org.subtext.view.Urls;
import org.subtext.view.Words;

/**
 * The Atom feed of corrections, newest first, one entry for each correction, so that a reader who
 * quoted an explainer learns when it was corrected. Its {@code updated} is the newest correction's
 * date, never the build time.
 */
public final class CorrectionsFeedWriter {

    /** @param words the feed's language's, for its title and its entries' */
    public String atom(ContentGraph graph, Words words) {
        Urls urls = new Urls(graph.site());
        List<CorrectionsViewBuilder.Correction> corrections = CorrectionsViewBuilder.corrections(graph).stream()
                .limit(FeedWriter.MAX_ENTRIES).toList();
        String updated = corrections.isEmpty() ? FeedWriter.EPOCH : corrections.get(0).update().date().instant();
        StringBuilder out = new StringBuilder(2048);
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Xml.escape(graph.site().language())).append("\">\n");
        FeedWriter.element(out, "  ", "title", words.format("page_title", words.get("title_corrections"),
                graph.site().title()));
        out.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Xml.escape(urls.absolute(Urls.CORRECTIONS_FEED))).append("\"/>\n");
        out.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(urls.absolute(Urls.CORRECTIONS))).append("\"/>\n");
        FeedWriter.element(out, "  ", "id", urls.absolute(Urls.CORRECTIONS));
        FeedWriter.element(out, "  ", "updated", updated);
        out.append("  <author>\n");
        FeedWriter.element(out, "    ", "name", graph.site().title());
        out.append("  </author>\n");
        for (CorrectionsViewBuilder.Correction c : corrections) {
            Explainer e = c.explainer();
            String url = urls.absolute(Urls.explainer(e.slug())) + "#updates";
            out.append("  <entry>\n");
            FeedWriter.element(out, "    ", "title", words.format("feed_correction", e.title()));
            out.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            // the same correction always has the same id: the explainer, the date and the note's place
            FeedWriter.element(out, "    ", "id", urls.absolute(Urls.explainer(e.slug())) + "#correction-"
                    + c.update().date().iso() + "-" + e.updates().indexOf(c.update()));
            FeedWriter.element(out, "    ", "updated", c.update().date().instant());
            FeedWriter.element(out, "    ", "summary", c.update().note());
            out.append("  </entry>\n");
        }
        out.append("</feed>\n");
        return out.toString();
    }
}
