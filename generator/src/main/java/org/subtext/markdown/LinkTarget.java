package org.subtext.markdown;

import java.util.Set;

/** A page a wikilink may point at. {@code path} is site-relative ("explainers/x/"). */
public record LinkTarget(String id, String path, String title, Set<String> anchors) {

    public LinkTarget {
        anchors = Set.copyOf(anchors);
    }
}
