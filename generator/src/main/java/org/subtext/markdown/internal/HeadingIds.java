package org.subtext.markdown.internal;

import java.util.HashSet;
import java.util.Set;

import org.subtext.model.Slugs;

/**
 * Ids for a page's headings: readable slugs of the heading text, unique on the page, never equal to
 * an id the page already uses (claims, sections).
 */
public final class HeadingIds {

    private final Set<String> used;

    public HeadingIds(Set<String> reserved) {
        this.used = new HashSet<>(reserved);
    }

    public String next(String text) {
        String base = Slugs.slugify(text);
        if (base.isEmpty()) {
            base = "section";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
