package org.subtext.frontmatter;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which URLs front matter may hold: absolute web addresses only, so no scheme can run code. */
public final class UrlRules {

    private UrlRules() {
    }

    public static boolean isWebUrl(String url) {
        if (url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`')) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
