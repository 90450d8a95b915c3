package org.subtext.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings in {@code site.yaml}. {@code parties} and {@code issues} keep the order they were
 * written in, which is the order of the condition matrix's columns and rows. {@code language} is
 * the default edition's language: the first code of {@code languages} when that is given (then it
 * lists every edition, in order), else {@code language} as written, else "en". {@code publisher}
 * may be null.
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        Map<String, String> languages,
        Map<String, String> parties,
        Map<String, String> issues,
        Map<String, String> tags,
        Publisher publisher,
        Policies policies) {

    public SiteConfig {
        languages = ordered(languages);
        parties = ordered(parties);
        issues = ordered(issues);
        tags = ordered(tags);
    }

    /** A one-language site without the settings of Version 2. */
    public SiteConfig(String title, String description, String baseUrl, String language,
                      Map<String, String> parties, Map<String, String> issues) {
        this(title, description, baseUrl, language, Map.of(), parties, issues, Map.of(), null, Policies.NONE);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, languages, parties, issues, tags, publisher,
                policies);
    }

    /**
     * The settings as one edition sees them: its language, and its root under the base URL ("uk/"); the
     * default language's edition is the site itself.
     */
    public SiteConfig edition(String code) {
        if (code.equals(language)) {
            return this;
        }
        String root = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new SiteConfig(title, description, root + code + "/", code, languages, parties, issues, tags,
                publisher, policies);
    }

    /** The language codes content may name: those of {@code languages}, or the one site language. */
    public Set<String> languageCodes() {
        return languages.isEmpty() ? Set.of(language) : languages.keySet();
    }

    /** The language of a page or explainer that names {@code code}, or of one that names none (null). */
    public String languageOr(String code) {
        return code == null ? language : code;
    }

    /** What readers see for a topic: its label in {@code tags}, or its id when it has none. */
    public String tagLabel(String id) {
        return tags.getOrDefault(id, id);
    }

    /** The path part of the base URL, always starting and ending with '/': "/" or "/explainers/". */
    public String basePath() {
        java.net.URI uri = java.net.URI.create(baseUrl);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path.endsWith("/") ? path : path + "/";
    }

    /** The absolute URL of a site path such as "explainers/x/". */
    public String absolute(String sitePath) {
        String root = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return root + sitePath;
    }
}
