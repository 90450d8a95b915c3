package org.subtext.graph;

/** An explainer that links to a page; {@code context} is the linking sentence, null for {@code related}. */
public record Backlink(String fromSlug, String context) {
}
