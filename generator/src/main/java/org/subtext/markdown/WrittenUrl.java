package org.subtext.markdown;

import org.subtext.diag.SourcePosition;

/**
 * A URL into the site as a writer wrote it in Markdown (a link's or an image's, or an attribute of raw
 * HTML), where it was written: checked once the site's files are known, and reported at this position.
 * {@code url} has no scheme; it is site-root ("/assets/map.svg") or relative to the page ("assets/map.svg").
 */
public record WrittenUrl(Kind kind, String url, SourcePosition position) {

    /** What the URL is for, as a message names it. */
    public enum Kind {
        LINK("link"), IMAGE("image");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * Whether {@code url} points into the site: no scheme, not protocol-relative, not only a
     * fragment of the page itself (which the page check resolves).
     */
    public static boolean intoSite(String url) {
        if (url.isEmpty() || url.charAt(0) == '#' || url.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
            if (c == ':') {
                return false;
            }
        }
        return true;
    }
}
