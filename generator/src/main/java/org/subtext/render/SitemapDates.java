package org.subtext.render;

import java.util.HashMap;
import java.util.Map;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.model.PartialDate;
import org.subtext.model.Ref;
import org.subtext.view.Urls;

/**
 * The sitemap's {@code lastmod}: the last change the content records for each page that shows
 * explainers, from their {@code updated} (else {@code published}), so that it never depends on
 * when the site was built. An explainer and its claim pages carry its own date; the home page and
 * the pages of a section, a topic and an author the newest of theirs. Other pages have none.
 */
final class SitemapDates {

    private SitemapDates() {
    }

    /** Site paths ("explainers/x/", "" for the home page) to their date, ISO 8601. */
    static Map<String, String> of(ContentGraph graph) {
        Map<String, PartialDate> dates = new HashMap<>();
        for (RenderedExplainer rendered : graph.explainers()) {
            Explainer e = rendered.explainer();
            if (e.draft()) {
                continue;
            }
            PartialDate changed = e.updated() != null ? e.updated() : e.published();
            dates.put(Urls.explainer(e.slug()), changed);
            for (Claim claim : e.claims()) {
                dates.put(Urls.claim(e.slug(), claim.id()), changed);
            }
            newest(dates, "", changed);
            newest(dates, Urls.section(e.section()), changed);
            for (Ref tag : e.tags()) {
                newest(dates, Urls.tag(tag.id()), changed);
            }
            for (Ref author : e.authors()) {
                newest(dates, Urls.author(author.id()), changed);
            }
        }
        Map<String, String> iso = new HashMap<>();
        dates.forEach((path, date) -> iso.put(path, date.iso()));
        return iso;
    }

    private static void newest(Map<String, PartialDate> dates, String path, PartialDate date) {
        dates.merge(path, date, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
}
