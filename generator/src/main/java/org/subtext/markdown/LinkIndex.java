package org.subtext.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The ids a wikilink may name: explainers and actors of this build; drafts left out of it; and
 * files too broken to read, whose links are not reported on top of their own errors.
 */
public final class LinkIndex {

    private final Map<String, LinkTarget> targets;
    private final Set<String> excludedDrafts;
    private final Set<String> unreadable;

    public LinkIndex(Map<String, LinkTarget> targets, Set<String> excludedDrafts, Set<String> unreadable) {
        this.targets = new TreeMap<>(targets);
        this.excludedDrafts = new TreeSet<>(excludedDrafts);
        this.unreadable = new TreeSet<>(unreadable);
    }

    public boolean isUnreadable(String id) {
        return unreadable.contains(id);
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

    /**
     * Hands every part of the index to {@code out} in a stable order, so that equal indexes give equal
     * sequences: the key of renders kept on disk between builds.
     */
    public void describe(Consumer<String> out) {
        for (LinkTarget target : targets.values()) {
            out.accept(target.id());
            out.accept(target.path());
            out.accept(target.title());
            out.accept(String.valueOf(target.anchors().size()));
            target.anchors().stream().sorted().forEach(out);
        }
        out.accept("drafts " + excludedDrafts.size());
        excludedDrafts.forEach(out);
        out.accept("unreadable " + unreadable.size());
        unreadable.forEach(out);
    }

    /** Two indexes are equal when every link would resolve the same way, so cached renders stay valid. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LinkIndex index && targets.equals(index.targets)
                && excludedDrafts.equals(index.excludedDrafts) && unreadable.equals(index.unreadable);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(targets, excludedDrafts, unreadable);
    }
}
