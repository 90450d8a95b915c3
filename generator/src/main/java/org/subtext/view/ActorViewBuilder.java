package org.subtext.view;

import java.util.List;

import org.subtext.graph.ConditionRef;
import org.subtext.graph.RenderedActor;
import org.subtext.model.Actor;
import org.subtext.model.Condition;

/** Builds actor pages and the actor index. */
final class ActorViewBuilder {

    private final ViewContext ctx;
    private final ExplainerViewBuilder explainers;

    ActorViewBuilder(ViewContext ctx, ExplainerViewBuilder explainers) {
        this.ctx = ctx;
        this.explainers = explainers;
    }

    Views.ActorPage build(RenderedActor rendered) {
        Actor a = rendered.actor();
        String path = Urls.actor(a.id());
        String name = a.nameIn(ctx.language());
        String description = a.role() != null ? name + ": " + a.role() : name;
        return new Views.ActorPage(ctx.site, ctx.meta(name, description, path, "profile", null),
                a.id(), name, ctx.term("actor_kind", a.kind().id()), a.role(), a.country(), a.aliases(),
                rendered.body().markup(),
                ctx.graph.actorClaims().get(a.id()).stream().map(c -> ctx.claim(c, true)).toList(),
                ctx.graph.actorConditions().get(a.id()).stream().map(this::condition).toList(),
                ctx.cards(ctx.graph.actorExplainers().get(a.id())),
                ctx.graph.actorEvents().get(a.id()).stream().map(ctx::event).toList(),
                ctx.graph.backlinks().getOrDefault(a.id(), List.of()).stream().map(explainers::backlink).toList());
    }

    private Views.ConditionRow condition(ConditionRef ref) {
        Condition c = ref.condition();
        String party = c.party().id();
        Views.Link partyLink = ctx.actors.containsKey(party) && !ctx.graph.site().parties().containsKey(party)
                ? ctx.actorLink(party) : new Views.Link(ctx.partyLabel(party), null);
        return new Views.ConditionRow(c.text(), partyLink, ctx.issueLabel(c.issue().id()),
                explainers.labels(c.acceptedBy()), explainers.labels(c.rejectedBy()),
                new Views.Link(ctx.explainerLink(ref.explainerSlug()).label(),
                        ctx.urls.href(Urls.explainer(ref.explainerSlug())) + "#condition-" + c.id()));
    }

    Views.ActorsPage index() {
        List<Views.ActorEntry> entries = ctx.graph.actors().stream()
                .map(r -> new Views.ActorEntry(ctx.actorLink(r.actor().id()), ctx.term("actor_kind", r.actor().kind().id()),
                        r.actor().role(), ctx.graph.actorExplainers().get(r.actor().id()).size()))
                .sorted(java.util.Comparator.comparing((Views.ActorEntry e) -> e.actor().label())
                        .thenComparing(e -> e.actor().url()))
                .toList();
        return new Views.ActorsPage(ctx.site, ctx.meta(ctx.words.get("title_actors"), ctx.words.get("description_actors"), "actors/",
                "website", null), entries);
    }
}
