package org.subtext.frontmatter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Policies;
import org.subtext.model.SiteConfig;

/** Reads {@code site.yaml}. */
final class SiteConfigReader {

    static final Set<String> KEYS = MapReader.keys("title", "description", "base_url", "language", "parties",
            "issues", "publisher", "policies", "tags", "languages");

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
        if (language != null && !Formats.LANGUAGE.matcher(language).matches()) {
            diagnostics.error(in.positionOf("language"), "invalid language '" + language + "': "
                    + Formats.LANGUAGE_RULE);
        }
        Map<String, String> languages = languages(in);
        if (in.has("language") && in.has("languages")) {
            diagnostics.error(in.keyPosition("language"), "site.yaml has both 'language' and 'languages':"
                    + " remove 'language' (the first code of 'languages' is the default language)");
        }
        if (!languages.isEmpty()) {
            language = languages.keySet().iterator().next();
        }
        var parties = LabelMaps.byId(in, "parties");
        var issues = LabelMaps.byId(in, "issues");
        var tags = LabelMaps.byId(in, "tags");
        SiteSettingsReader settings = new SiteSettingsReader(diagnostics);
        var publisher = settings.publisher(in);
        Policies policies = settings.policies(in);
        if (title == null || description == null || baseUrl == null) {
            return null;
        }
        return new SiteConfig(title, description, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/",
                language == null ? "en" : language, languages, parties, issues, tags, publisher, policies);
    }

    /** The editions, code to label, in the written order: the first is the default. */
    private static Map<String, String> languages(MapReader in) {
        Map<String, String> languages = new LinkedHashMap<>();
        LabelMaps.byLanguage(in, "languages", "code: label", (entry, label) -> languages.put(entry.key(), label));
        return languages;
    }
}
