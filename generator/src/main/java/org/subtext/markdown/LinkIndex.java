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
    /** The explainer whose texts this index links from, or null: see {@link #seenFrom}. */
    private final String self;
    /** The edition prefix of {@code self} ("uk/"), put before actors' paths. */
    private final String prefix;

    public LinkIndex(Map<String, LinkTarget> targets, Set<String> excludedDrafts, Set<String> unreadable) {
        this.targets = new TreeMap<>(targets);
        this.excludedDrafts = new TreeSet<>(excludedDrafts);
        this.unreadable = new TreeSet<>(unreadable);
        this.self = null;
        this.prefix = "";
    }

    private LinkIndex(LinkIndex base, String self, String prefix) {
        this.targets = base.targets;
        this.excludedDrafts = base.excludedDrafts;
        this.unreadable = base.unreadable;
        this.self = self;
        this.prefix = prefix;
    }

    /**
     * The index as the texts of one explainer see it: an actor is linked in the explainer's edition
     * (under its language prefix), a title is given in its language, and the explainer's own claims are
     * linked as {@code #id} from its body, the one text that is never shown on another page. The prefix is read from the
     * explainer's own path, so the index alone still decides every link (the key of cached renders).
     */
    public LinkIndex seenFrom(String slug) {
        LinkTarget target = targets.get(slug);
        String ownPath = "explainers/" + slug + "/";
        if (target == null || !target.path().endsWith(ownPath)) {
            return this;
        }
        return new LinkIndex(this, slug, target.path().substring(0, target.path().length() - ownPath.length()));
    }

    /** The words a wikilink without a label shows: the target's title in the language of the linking page. */
    public String title(LinkTarget target) {
        return prefix.isEmpty() ? target.title()
                : target.titles().getOrDefault(prefix.substring(0, prefix.length() - 1), target.title());
    }

    /** The site-root URL (or, from its own body, the {@code #anchor}) a resolved wikilink goes to. */
    public String href(LinkTarget target, String anchor, boolean body) {
        if (body && anchor != null && target.id().equals(self)) {
            return "#" + anchor;
        }
        String path = target.path().startsWith("actors/") ? prefix + target.path() : target.path();
        return "/" + path + (anchor == null ? "" : "#" + anchor);
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
            new TreeMap<>(target.titles()).forEach((code, title) -> out.accept(code + "=" + title));
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
                && excludedDrafts.equals(index.excludedDrafts) && unreadable.equals(index.unreadable)
                && java.util.Objects.equals(self, index.self) && prefix.equals(index.prefix);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(targets, excludedDrafts, unreadable, self, prefix);
    }
}
