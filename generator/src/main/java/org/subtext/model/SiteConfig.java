package org.subtext.model;

import java.util.Map;

/**
 * The settings in {@code site.yaml}. {@code parties} and {@code issues} keep the order they were
 * written in, which is the order of the condition matrix's columns and rows.
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        Map<String, String> parties,
        Map<String, String> issues) {

    public SiteConfig {
        parties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parties));
        issues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(issues));
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, parties, issues);
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
