package org.subtext.markdown;

import java.util.Map;
import java.util.Set;

/**
 * A page a wikilink may point at. {@code path} is site-relative ("explainers/x/"); {@code titles} are
 * its titles in other languages by code (an actor's local names), {@code title} in any other.
 */
public record LinkTarget(String id, String path, String title, Set<String> anchors, Map<String, String> titles) {

    public LinkTarget {
        anchors = Set.copyOf(anchors);
        titles = Map.copyOf(titles);
    }

    public LinkTarget(String id, String path, String title, Set<String> anchors) {
        this(id, path, title, anchors, Map.of());
    }
}
