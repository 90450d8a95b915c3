package org.subtext.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The Content-Security-Policy every page carries, and the {@code _headers} file that asks static
 * hosts (Netlify, Cloudflare Pages and others that read it) to send the same policy as headers,
 * with the parts a {@code <meta>} tag cannot carry.
 */
public final class SecurityPolicy {

    /** Scripts and styles only from the site's own files; no inline script, no plugins. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";

    private SecurityPolicy() {
    }

    /**
     * The {@code _headers} file. Hosts differ in how they combine the headers of several matching
     * rules, so no two rules set the same header for a path: the framing headers go on each top-level
     * folder and page by name, and {@code /embed/*} alone lets any site frame its cards.
     *
     * @param topLevel the site's top-level folders ("explainers/") and HTML pages ("404.html"), and
     *                 those of each edition under its prefix ("uk/explainers/", "uk/index.html")
     */
    public static String headersFile(Collection<String> topLevel) {
        StringBuilder out = new StringBuilder();
        out.append("/*\n")
                .append("  X-Content-Type-Options: nosniff\n")
                .append("  Referrer-Policy: strict-origin-when-cross-origin\n");
        List<String> patterns = new ArrayList<>(List.of("/"));
        List<String> editionEmbeds = new ArrayList<>();
        for (String entry : new TreeSet<>(topLevel)) {
            if (entry.endsWith("/embed/")) {
                editionEmbeds.add("/" + entry + "*");
            } else if (!entry.equals("embed/") && !entry.equals("static/")) {
                if (entry.endsWith("/index.html")) {
                    // an edition's home page, asked for by its folder ("/uk/")
                    patterns.add("/" + entry.substring(0, entry.length() - "index.html".length()));
                }
                patterns.add("/" + (entry.endsWith("/") ? entry + "*" : entry));
            }
        }
        for (String pattern : patterns) {
            out.append(pattern).append("\n")
                    .append("  Content-Security-Policy: ").append(CSP).append("; frame-ancestors 'none'\n")
                    .append("  X-Frame-Options: DENY\n");
        }
        out.append("/embed/*\n")
                .append("  Content-Security-Policy: ").append(CSP).append("; frame-ancestors *\n");
        for (String embeds : editionEmbeds) {
            out.append(embeds).append("\n")
                    .append("  Content-Security-Policy: ").append(CSP).append("; frame-ancestors *\n");
        }
        out.append("/static/*\n")
                .append("  Cache-Control: public, max-age=31536000, immutable\n");
        return out.toString();
    }
}
