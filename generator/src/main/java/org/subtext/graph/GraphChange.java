package org.subtext.graph;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two builds of a live preview when a save changed explainers' Markdown bodies
 * and nothing else, the commonest edit while writing. A body shows on its own page and, as the
 * context of its links, on the pages it links to; every other page is drawn from front matter.
 *
 * @param bodies slugs of the explainers whose bodies changed
 * @param backlinkTargets explainer slugs and actor ids whose backlinks changed
 */
public record GraphChange(Set<String> bodies, Set<String> backlinkTargets) {

    public GraphChange {
        bodies = Set.copyOf(bodies);
        backlinkTargets = Set.copyOf(backlinkTargets);
    }

    /** The change from {@code before} to {@code after}, or null when more than bodies changed. */
    public static GraphChange between(ContentGraph before, ContentGraph after) {
        if (before == null || !before.site().equals(after.site()) || !before.actors().equals(after.actors())
                || !before.timeline().equals(after.timeline()) || !before.tags().equals(after.tags())
                || !before.sections().equals(after.sections()) || !before.assets().equals(after.assets())
                || !before.authors().equals(after.authors()) || !before.pages().equals(after.pages())
                || !before.actorClaims().equals(after.actorClaims())
                || !before.actorConditions().equals(after.actorConditions())
                || !before.actorExplainers().equals(after.actorExplainers())
                || !before.actorEvents().equals(after.actorEvents())
                || before.explainers().size() != after.explainers().size()) {
            return null;
        }
        Set<String> bodies = new TreeSet<>();
        for (int i = 0; i < after.explainers().size(); i++) {
            RenderedExplainer was = before.explainers().get(i);
            RenderedExplainer is = after.explainers().get(i);
            if (was == is) {
                continue;
            }
            if (!GraphCache.sameFrontMatter(was.explainer(), is.explainer())
                    || !was.claimNotes().equals(is.claimNotes())
                    || !was.layerReadings().equals(is.layerReadings()) || !was.eventTexts().equals(is.eventTexts())) {
                return null;
            }
            if (!was.body().equals(is.body())) {
                bodies.add(is.slug());
            }
        }
        Set<String> targets = new HashSet<>(before.backlinks().keySet());
        targets.addAll(after.backlinks().keySet());
        targets.removeIf(id -> Objects.equals(before.backlinks().get(id), after.backlinks().get(id)));
        return new GraphChange(bodies, targets);
    }

    /** True when the page of explainer {@code slug} must be drawn again. */
    public boolean touchesExplainer(String slug) {
        return bodies.contains(slug) || backlinkTargets.contains(slug);
    }

    /** True when the page of actor {@code id} must be drawn again. */
    public boolean touchesActor(String id) {
        return backlinkTargets.contains(id);
    }
}
