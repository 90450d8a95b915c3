package org.subtext.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.subtext.model.Actor;
import org.subtext.model.Claim;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;

/** Everything each actor appears in, computed once for all actor pages. */
final class ActorIndex {

    private final Map<String, List<ClaimRef>> claims = new TreeMap<>();
    private final Map<String, List<ConditionRef>> conditions = new TreeMap<>();
    private final Map<String, List<MergedEvent>> events = new TreeMap<>();

    /** @param newestFirst the published explainers, newest first */
    ActorIndex(List<Actor> actors, List<Explainer> newestFirst, List<MergedEvent> timeline) {
        for (Actor actor : actors) {
            claims.put(actor.id(), new ArrayList<>());
            conditions.put(actor.id(), new ArrayList<>());
            events.put(actor.id(), new ArrayList<>());
        }
        for (Explainer explainer : newestFirst) {
            String slug = explainer.slug();
            for (Claim claim : explainer.claims()) {
                if (claims.containsKey(claim.by().id())) {
                    claims.get(claim.by().id()).add(new ClaimRef(slug, claim));
                }
            }
            for (Condition condition : explainer.conditions()) {
                for (String actor : involved(condition)) {
                    if (conditions.containsKey(actor)) {
                        conditions.get(actor).add(new ConditionRef(slug, condition));
                    }
                }
            }
        }
        for (MergedEvent event : timeline) {
            event.actors().stream().filter(events::containsKey).forEach(actor -> events.get(actor).add(event));
        }
    }

    private static Set<String> involved(Condition condition) {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(condition.party().id());
        condition.acceptedBy().forEach(ref -> involved.add(ref.id()));
        condition.rejectedBy().forEach(ref -> involved.add(ref.id()));
        return involved;
    }

    Map<String, List<ClaimRef>> claims() {
        return claims;
    }

    Map<String, List<ConditionRef>> conditions() {
        return conditions;
    }

    Map<String, List<MergedEvent>> events() {
        return events;
    }
}
