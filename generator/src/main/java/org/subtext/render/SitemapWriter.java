package org.subtext.render;

import java.util.List;
import java.util.Map;

import org.subtext.graph.ContentGraph;
import org.subtext.model.SiteConfig;
import org.subtext.view.Views;

/** {@code sitemap.xml} and the {@code robots.txt} that points at it. */
public final class SitemapWriter {

    /**
     * @param pages site paths of every HTML page (pretty URLs) to their last-modified date, or null
     * @param editions each page's editions in the site's languages, by site path, for pages that have some
     */
    public String sitemap(SiteConfig site, Map<String, String> pages, Map<String, List<Views.Alternate>> editions) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.append(editions.isEmpty() ? "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                : "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                        + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        pages.forEach((path, lastModified) -> {
            out.append("  <url><loc>").append(Xml.escape(site.absolute(path))).append("</loc>");
            if (lastModified != null) {
                out.append("<lastmod>").append(Xml.escape(lastModified)).append("</lastmod>");
            }
            List<Views.Alternate> alternates = editions.get(path);
            if (alternates != null) {
                for (Views.Alternate alternate : alternates) {
                    link(out, alternate.language(), alternate.absolute());
                }
                link(out, "x-default", alternates.get(0).absolute());
            }
            out.append("</url>\n");
        });
        out.append("</urlset>\n");
        return out.toString();
    }

    private static void link(StringBuilder out, String language, String href) {
        out.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(Xml.escape(language)).append("\" href=\"")
                .append(Xml.escape(href)).append("\"/>");
    }

    /** Each dated page's last change, for {@link #sitemap}: see {@link SitemapDates}. */
    public static Map<String, String> lastChanges(ContentGraph graph) {
        return SitemapDates.of(graph);
    }

    /** @param preview a build with drafts: no crawler is welcome */
    public String robots(SiteConfig site, boolean preview) {
        return preview ? "User-agent: *\nDisallow: /\n"
                : "User-agent: *\nAllow: /\n\nSitemap: " + site.absolute("sitemap.xml") + "\n";
    }
}
