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
 * @param anchorTargets "slug#anchor" of the places in explainers (claims, headings) that a changed body
 *                      began or stopped linking to
 */
public record GraphChange(Set<String> bodies, Set<String> backlinkTargets, Set<String> anchorTargets) {

    public GraphChange {
        bodies = Set.copyOf(bodies);
        backlinkTargets = Set.copyOf(backlinkTargets);
        anchorTargets = Set.copyOf(anchorTargets);
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
        Set<String> anchors = new HashSet<>();
        // backlinks come from bodies: only what a changed body linked to, before or now, can have new ones
        Set<String> targets = new HashSet<>();
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
                was.body().links().forEach(link -> targets.add(link.targetId()));
                is.body().links().forEach(link -> targets.add(link.targetId()));
                Set<String> linkedBefore = anchored(was);
                Set<String> linkedNow = anchored(is);
                linkedBefore.stream().filter(a -> !linkedNow.contains(a)).forEach(anchors::add);
                linkedNow.stream().filter(a -> !linkedBefore.contains(a)).forEach(anchors::add);
            }
        }
        targets.removeIf(id -> Objects.equals(before.backlinks().get(id), after.backlinks().get(id)));
        return new GraphChange(bodies, targets, anchors);
    }

    /** Where in other explainers the body links to, as "slug#anchor". */
    private static Set<String> anchored(RenderedExplainer explainer) {
        Set<String> anchored = new HashSet<>();
        explainer.body().links().stream()
                .filter(link -> link.anchor() != null && !link.targetId().equals(explainer.slug()))
                .forEach(link -> anchored.add(link.targetId() + "#" + link.anchor()));
        return anchored;
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
