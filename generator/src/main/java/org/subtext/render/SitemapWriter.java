package org.subtext.render;

import java.util.Map;

import org.subtext.graph.ContentGraph;
import org.subtext.model.SiteConfig;

/** {@code sitemap.xml} and the {@code robots.txt} that points at it. */
public final class SitemapWriter {

    /** @param pages site paths of every HTML page (pretty URLs) to their last-modified date, or null */
    public String sitemap(SiteConfig site, Map<String, String> pages) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.forEach((path, lastModified) -> {
            out.append("  <url><loc>").append(Xml.escape(site.absolute(path))).append("</loc>");
            if (lastModified != null) {
                out.append("<lastmod>").append(Xml.escape(lastModified)).append("</lastmod>");
            }
            out.append("</url>\n");
        });
        out.append("</urlset>\n");
        return out.toString();
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
