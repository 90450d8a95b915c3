package org.subtext.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.subtext.markdown.OutgoingLink;
import org.subtext.model.Actor;
import org.subtext.model.Claim;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;

/** Everything each actor appears in, computed once for all actor pages. */
final class ActorIndex {

    private final Map<String, List<ClaimRef>> claims = new TreeMap<>();
    private final Map<String, List<ConditionRef>> conditions = new TreeMap<>();
    private final Map<String, List<String>> explainers = new TreeMap<>();
    private final Map<String, List<MergedEvent>> events = new TreeMap<>();

    /** @param newestFirst the published explainers, newest first */
    ActorIndex(List<Actor> actors, List<RenderedExplainer> newestFirst, List<MergedEvent> timeline) {
        Map<String, Set<String>> naming = new TreeMap<>();
        for (Actor actor : actors) {
            claims.put(actor.id(), new ArrayList<>());
            conditions.put(actor.id(), new ArrayList<>());
            events.put(actor.id(), new ArrayList<>());
            naming.put(actor.id(), new LinkedHashSet<>());
        }
        for (RenderedExplainer rendered : newestFirst) {
            Explainer explainer = rendered.explainer();
            String slug = explainer.slug();
            explainer.actors().forEach(ref -> add(naming, ref.id(), slug));
            for (Claim claim : explainer.claims()) {
                if (claims.containsKey(claim.by().id())) {
                    claims.get(claim.by().id()).add(new ClaimRef(slug, claim));
                }
                add(naming, claim.by().id(), slug);
            }
            for (Condition condition : explainer.conditions()) {
                Set<String> involved = new LinkedHashSet<>();
                involved.add(condition.party().id());
                condition.acceptedBy().forEach(ref -> involved.add(ref.id()));
                condition.rejectedBy().forEach(ref -> involved.add(ref.id()));
                for (String actor : involved) {
                    if (conditions.containsKey(actor)) {
                        conditions.get(actor).add(new ConditionRef(slug, condition));
                        add(naming, actor, slug);
                    }
                }
            }
            for (OutgoingLink link : rendered.body().links()) {
                add(naming, link.targetId(), slug);
            }
        }
        for (MergedEvent event : timeline) {
            event.actors().stream().filter(events::containsKey).forEach(actor -> events.get(actor).add(event));
        }
        naming.forEach((actor, slugs) -> explainers.put(actor, List.copyOf(slugs)));
    }

    private static void add(Map<String, Set<String>> naming, String actor, String slug) {
        Set<String> slugs = naming.get(actor);
        if (slugs != null) {
            slugs.add(slug);
        }
    }

    Map<String, List<ClaimRef>> claims() {
        return claims;
    }

    Map<String, List<ConditionRef>> conditions() {
        return conditions;
    }

    Map<String, List<String>> explainers() {
        return explainers;
    }

    Map<String, List<MergedEvent>> events() {
        return events;
    }
}
