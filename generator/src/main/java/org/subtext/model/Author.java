package org.subtext.model;

import java.util.List;

/** A person who writes or edits explainers; {@code role} may be null, {@code links} are http(s) profile pages. */
public record Author(
        String id,
        String file,
        String name,
        String role,
        List<String> links,
        String body,
        int bodyFirstLine) {

    public Author {
        links = List.copyOf(links);
    }
}
