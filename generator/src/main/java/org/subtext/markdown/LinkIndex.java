package org.subtext.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The ids a wikilink may name: explainers and actors of this build, and drafts left out of it. */
public final class LinkIndex {

    private final Map<String, LinkTarget> targets;
    private final Set<String> excludedDrafts;

    public LinkIndex(Map<String, LinkTarget> targets, Set<String> excludedDrafts) {
        this.targets = new TreeMap<>(targets);
        this.excludedDrafts = new TreeSet<>(excludedDrafts);
    }

    public Optional<LinkTarget> find(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    public boolean isExcludedDraft(String id) {
        return excludedDrafts.contains(id);
    }

    public Set<String> ids() {
        return targets.keySet();
    }
}
