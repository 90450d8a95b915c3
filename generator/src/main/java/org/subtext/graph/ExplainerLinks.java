package org.subtext.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.subtext.markdown.OutgoingLink;
import org.subtext.model.Claim;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;
import org.subtext.model.Ref;

/**
 * What one explainer contributes to the site's cross-references: the ids it names (in front matter
 * or by a link) and, per page it points at, the backlink that page shows. Each explainer's share is
 * worked out once per rendered record, so a live preview redoes only the edited file's.
 *
 * @param named ids named anywhere in the explainer, each once (actors among them)
 * @param backlinks target id to the backlink, in link order: the first linking sentence, else null
 *                  for a {@code related} entry; never the explainer itself
 */
record ExplainerLinks(RenderedExplainer from, List<String> named, Map<String, Backlink> backlinks) {

    static ExplainerLinks of(RenderedExplainer rendered) {
        Explainer explainer = rendered.explainer();
        Set<String> named = new LinkedHashSet<>();
        explainer.actors().forEach(ref -> named.add(ref.id()));
        for (Claim claim : explainer.claims()) {
            named.add(claim.by().id());
        }
        for (Condition condition : explainer.conditions()) {
            named.add(condition.party().id());
            condition.acceptedBy().forEach(ref -> named.add(ref.id()));
            condition.rejectedBy().forEach(ref -> named.add(ref.id()));
        }
        Map<String, Backlink> backlinks = new LinkedHashMap<>();
        for (OutgoingLink link : rendered.body().links()) {
            named.add(link.targetId());
            if (!link.targetId().equals(rendered.slug())) {
                backlinks.putIfAbsent(link.targetId(), new Backlink(rendered.slug(), link.context()));
            }
        }
        for (Ref related : explainer.related()) {
            backlinks.putIfAbsent(related.id(), new Backlink(rendered.slug(), null));
        }
        return new ExplainerLinks(rendered, List.copyOf(new ArrayList<>(named)), backlinks);
    }
}
