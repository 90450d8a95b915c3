package org.subtext.model;

import java.util.List;

/**
 * How a story is commonly headlined, and the more precise version; either may be null.
 * {@code sources} are ids of this explainer's sources where the claimed headline was seen.
 */
public record Headline(String claimed, String precise, List<Ref> sources) {

    public Headline {
        sources = List.copyOf(sources);
    }

    public Headline(String claimed, String precise) {
        this(claimed, precise, List.of());
    }
}
