package org.subtext.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.OutgoingLink;
import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Actor;
import org.subtext.model.ActorKind;
import org.subtext.model.Explainer;
import org.subtext.model.ExplainerLabel;
import org.subtext.model.PartialDate;
import org.subtext.model.Ref;

/** Updating cross-references after prose edits must give what working them out afresh gives. */
class CrossReferencesTest {

    private static final SourcePosition AT = new SourcePosition("x.md", 1, 1);
    private static final int EXPLAINERS = 40;
    private static final int ACTORS = 15;

    private final Random random = new Random(7);

    @Test
    void anUpdateAfterProseEditsEqualsAFreshResult() {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            actors.add(new Actor("actor-" + i, "a.md", "Actor " + i, ActorKind.values()[0], null, null, List.of(),
                    "", 1));
        }
        // newest first is not slug order: the two orders the maps keep must both survive an update
        List<Explainer> explainers = new ArrayList<>();
        for (int i = 0; i < EXPLAINERS; i++) {
            explainers.add(explainer("e-" + ((i * 17) % EXPLAINERS)));
        }
        List<ExplainerLinks> links = new ArrayList<>();
        explainers.forEach(e -> links.add(ExplainerLinks.of(rendered(e))));
        CrossReferences references = CrossReferences.of(actors, List.copyOf(links));
        for (int round = 0; round < 300; round++) {
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int i = random.nextInt(EXPLAINERS);
                links.set(i, ExplainerLinks.of(rendered(explainers.get(i))));
            }
            CrossReferences updated = references.update(List.copyOf(links));
            CrossReferences fresh = CrossReferences.of(actors, List.copyOf(links));
            assertNotNull(updated, "round " + round);
            assertEquals(fresh.naming(), updated.naming(), "naming, round " + round);
            assertEquals(fresh.backlinks(), updated.backlinks(), "backlinks, round " + round);
            references = updated;
        }
    }

    private Explainer explainer(String slug) {
        List<Ref> named = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            named.add(new Ref("actor-" + random.nextInt(ACTORS), AT, "actors"));
        }
        List<Ref> related = random.nextInt(4) == 0 ? List.of(new Ref("e-" + random.nextInt(EXPLAINERS), AT, "related"))
                : List.of();
        return new Explainer(slug, slug + ".md", slug, "S.", List.of(), "S", PartialDate.parse("2026-01-01").orElseThrow(),
                null, List.of(), named, null, List.of(), List.of(), List.of(), List.of(), List.of(), related, List.of(),
                false, List.of(), null, ExplainerLabel.EXPLAINER, null, null, "", 1, java.util.Set.of());
    }

    /** The explainer with a fresh set of body links: to actors, explainers, itself, unknown ids. */
    private RenderedExplainer rendered(Explainer explainer) {
        List<OutgoingLink> links = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String target = switch (random.nextInt(4)) {
                case 0 -> "actor-" + random.nextInt(ACTORS);
                case 1 -> explainer.slug();
                case 2 -> "unknown-" + random.nextInt(3);
                default -> "e-" + random.nextInt(EXPLAINERS);
            };
            links.add(new OutgoingLink(target, null, "Context " + random.nextInt(3) + ".", AT));
        }
        return new RenderedExplainer(explainer, new RenderedMarkdown("", links, List.of()), java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
    }
}
