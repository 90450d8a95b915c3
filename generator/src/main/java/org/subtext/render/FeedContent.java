package org.subtext.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Explainer;
import org.subtext.model.Headline;

/**
 * An explainer's full text for the feeds, as HTML: the headline check, the key points and the body.
 * A feed is read away from the site, so every link and image into the site is made absolute: paths
 * from the site's root against the site's origin, fragments against the explainer's own address.
 */
final class FeedContent {

    /** The sanitized body writes every attribute value in double quotes; "//host" is not the site's. */
    private static final Pattern SITE_LINK = Pattern.compile(" (href|src)=\"(#|/(?!/))");

    private static final HtmlEscaping ESCAPE = new HtmlEscaping();

    private FeedContent() {
    }

    /**
     * @param pageUrl the explainer's absolute address
     * @param origin  the site's scheme and host ("https://example.org"), which root paths hang from
     */
    static String html(RenderedExplainer rendered, String pageUrl, String origin) {
        Explainer e = rendered.explainer();
        StringBuilder out = new StringBuilder(rendered.body().html().length() + 512);
        Headline headline = e.headline();
        if (headline != null && headline.claimed() != null) {
            out.append("<p><strong>The headline says:</strong> ").append(ESCAPE.escape(headline.claimed()))
                    .append("</p>\n");
        }
        if (headline != null && headline.precise() != null) {
            out.append("<p><strong>More precisely:</strong> ").append(ESCAPE.escape(headline.precise()))
                    .append("</p>\n");
        }
        if (!e.keyPoints().isEmpty()) {
            out.append("<ul>\n");
            e.keyPoints().forEach(point -> out.append("<li>").append(ESCAPE.escape(point)).append("</li>\n"));
            out.append("</ul>\n");
        }
        Matcher link = SITE_LINK.matcher(rendered.body().html());
        StringBuilder body = new StringBuilder();
        while (link.find()) {
            String base = link.group(2).equals("#") ? pageUrl : origin;
            link.appendReplacement(body, Matcher.quoteReplacement(" " + link.group(1) + "=\"" + base + link.group(2)));
        }
        link.appendTail(body);
        return out.append(body).toString();
    }

    /** The scheme and authority of an absolute URL: "https://example.org/news/" gives "https://example.org". */
    static String origin(String absolute) {
        java.net.URI uri = java.net.URI.create(absolute);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
