package org.subtext.graph;

import org.subtext.model.SiteConfig;

/**
 * One language's edition of the site: its pages' content ({@code graph}, whose site settings have the
 * edition's language and root), where it is published ({@code prefix}: "" for the default language,
 * else "uk/"), and the translations across all editions. {@code root} is the site as site.yaml says.
 */
public record Edition(String language, String prefix, ContentGraph graph, Translations translations,
                      SiteConfig root) {

    public boolean isDefault() {
        return prefix.isEmpty();
    }
}
