package org.subtext.model;

/**
 * A standalone page (about, methods, a policy), published at {@code <slug>/}. {@code summary},
 * {@code updated} and {@code language} may be null; a null language means the site's default.
 */
public record Page(
        String slug,
        String file,
        String title,
        String summary,
        PartialDate updated,
        Ref language,
        boolean draft,
        String body,
        int bodyFirstLine) {
}
