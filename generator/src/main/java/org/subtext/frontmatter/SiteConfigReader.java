package org.subtext.frontmatter;

import java.util.Set;
import java.util.regex.Pattern;

import org.subtext.diag.Diagnostics;
import org.subtext.model.SiteConfig;

/** Reads {@code site.yaml}. */
final class SiteConfigReader {

    static final Set<String> KEYS = MapReader.keys("title", "description", "base_url", "language", "parties",
            "issues");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private SiteConfigReader() {
    }

    static SiteConfig read(MapReader in, Diagnostics diagnostics) {
        String title = in.string("title", true);
        String description = in.string("description", true);
        String baseUrl = in.string("base_url", true);
        if (baseUrl != null && !UrlRules.isWebUrl(baseUrl)) {
            diagnostics.error(in.positionOf("base_url"), "invalid base_url '" + baseUrl
                    + "': use the absolute http:// or https:// address of the published site");
            baseUrl = null;
        }
        String language = in.string("language", false);
        if (language == null) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            diagnostics.error(in.positionOf("language"), "invalid language '" + language
                    + "': use a BCP 47 tag such as 'en' or 'pt-BR'");
        }
        var parties = in.labels("parties");
        var issues = in.labels("issues");
        if (title == null || description == null || baseUrl == null) {
            return null;
        }
        return new SiteConfig(title, description, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", language,
                parties, issues);
    }
}
