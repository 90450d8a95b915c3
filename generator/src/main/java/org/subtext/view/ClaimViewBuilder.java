package org.subtext.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.subtext.graph.ClaimRef;
import org.subtext.graph.RenderedExplainer;
import org.subtext.markdown.OutgoingLink;
import org.subtext.model.Claim;
import org.subtext.model.ClaimStatus;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;
import org.subtext.model.Layer;
import org.subtext.model.Publisher;
import org.subtext.model.Ref;
import org.subtext.model.Source;

/**
 * A page for each claim, and a card of it to embed in other sites: the claim, its status and what
 * the status means, its conditions, the layers that read it, its source, and every explainer that
 * links to it.
 */
final class ClaimViewBuilder {

    /** Statuses that are a verdict of ours, and so a ClaimReview; "stated" and "conditional" are not. */
    private static final Set<ClaimStatus> RATED = Set.of(ClaimStatus.CONFIRMED, ClaimStatus.CONTRADICTED,
            ClaimStatus.DISPUTED, ClaimStatus.UNVERIFIED);

    private final ViewContext ctx;
    private final ExplainerViewBuilder explainers;
    /**
     * "slug#claim-id" to the slugs of the explainers whose prose links there, in the graph's order;
     * made when a first claim page needs it (a save draws one or two).
     */
    private final Once<Map<String, Set<String>>> linkedFrom;

    ClaimViewBuilder(ViewContext ctx, ExplainerViewBuilder explainers) {
        this.ctx = ctx;
        this.explainers = explainers;
        this.linkedFrom = new Once<>(() -> {
            Map<String, Set<String>> made = new HashMap<>();
            for (RenderedExplainer from : ctx.graph.explainers()) {
                for (OutgoingLink link : from.body().links()) {
                    if (link.anchor() != null && !link.targetId().equals(from.slug())) {
                        made.computeIfAbsent(link.targetId() + "#" + link.anchor(), k -> new LinkedHashSet<>())
                                .add(from.slug());
                    }
                }
            }
            return made;
        });
    }

    private Set<String> linkedFrom(String claim) {
        return linkedFrom.get().getOrDefault(claim, Set.of());
    }

    Views.ClaimPage page(RenderedExplainer rendered, Claim claim) {
        Explainer e = rendered.explainer();
        String path = Urls.claim(e.slug(), claim.id());
        String explainerPage = ctx.urls.href(Urls.explainer(e.slug()));
        Views.Claim view = ctx.claim(new ClaimRef(e.slug(), claim), true);
        Views.Link speaker = ctx.actorLink(claim.by().id());
        String title = speaker.label() + ", " + ctx.words.date(claim.date()) + ": " + shortened(claim.text());
        return new Views.ClaimPage(ctx.site, ctx.meta(title, claim.text(), path, "article", jsonLd(e, claim, path)),
                view, ctx.explainerLink(e.slug()), explainerPage + "#" + claim.id(),
                ctx.statusMeaning(claim.status()), conditions(e, claim, explainerPage),
                layers(rendered, claim, explainerPage), source(e, claim),
                linkedFrom(e.slug() + "#" + claim.id()).stream()
                        .map(slug -> new Views.Backlink(ctx.card(slug), null)).toList(),
                ctx.urls.href(Urls.claimEmbed(e.slug(), claim.id())));
    }

    /** The cards of an explainer's claims, on one page: a frame shows the one its URL's fragment names. */
    Views.ClaimEmbeds embeds(RenderedExplainer rendered) {
        Explainer e = rendered.explainer();
        List<Views.ClaimEmbed> cards = new ArrayList<>();
        for (Claim claim : e.claims()) {
            cards.add(new Views.ClaimEmbed(ctx.claim(new ClaimRef(e.slug(), claim), true),
                    ctx.statusMeaning(claim.status()), ctx.urls.absolute(Urls.claim(e.slug(), claim.id()))));
        }
        Publisher publisher = ctx.graph.site().publisher();
        return new Views.ClaimEmbeds(ctx.site, e.title(), cards,
                publisher == null ? ctx.graph.site().title() : publisher.name());
    }

    private List<Views.ClaimCondition> conditions(Explainer e, Claim claim, String explainerPage) {
        List<Views.ClaimCondition> conditions = new ArrayList<>();
        for (Ref ref : claim.conditions()) {
            for (Condition c : e.conditions()) {
                if (c.id().equals(ref.id())) {
                    conditions.add(new Views.ClaimCondition(new Views.Link(c.text(),
                            explainerPage + "#condition-" + c.id()), ctx.partyLabel(c.party().id()),
                            ctx.issueLabel(c.issue().id()), explainers.labels(c.acceptedBy()),
                            explainers.labels(c.rejectedBy())));
                }
            }
        }
        return conditions;
    }

    private List<Views.Layer> layers(RenderedExplainer rendered, Claim claim, String explainerPage) {
        List<Views.Layer> layers = new ArrayList<>();
        for (Layer layer : rendered.explainer().layers()) {
            if (layer.appliesTo().isEmpty() || layer.appliesTo().stream().anyMatch(r -> r.id().equals(claim.id()))) {
                layers.add(new Views.Layer(layer.id(), explainerPage + "#layer-" + layer.id(), layer.title(),
                        layer.audience(), rendered.layerReadings().get(layer.id()), List.of()));
            }
        }
        return layers;
    }

    private Views.Source source(Explainer e, Claim claim) {
        if (claim.source() == null) {
            return null;
        }
        for (Source s : e.sources()) {
            if (s.id().equals(claim.source().id())) {
                return new Views.Source(s.id(), s.title(), s.url(), s.publisher(), ctx.date(s.date()),
                        s.archived(), ctx.date(s.accessed()));
            }
        }
        return null;
    }

    /** A claim's first words for a title: whole words, at most about 70 characters. */
    static String shortened(String text) {
        if (text.length() <= 72) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 70);
        return text.substring(0, cut > 0 ? cut : 70) + "…";
    }

    /** A ClaimReview where the status is our verdict; the claim alone, as the subject, otherwise. */
    private String jsonLd(Explainer e, Claim claim, String path) {
        if (!RATED.contains(claim.status())) {
            return null;
        }
        Map<String, Object> publisher = explainers.publisher();
        Map<String, Object> speaker = new LinkedHashMap<>();
        org.subtext.graph.RenderedActor actor = ctx.actors.get(claim.by().id());
        speaker.put("@type", actor != null && actor.actor().kind() == org.subtext.model.ActorKind.PERSON
                ? "Person" : "Organization");
        speaker.put("name", ctx.actorLink(claim.by().id()).label());
        speaker.put("url", ctx.urls.absolute(Urls.actor(claim.by().id())));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        item.put("author", speaker);
        item.put("datePublished", claim.date().iso());
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", ctx.term("status", claim.status().id()));
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", ctx.urls.absolute(path));
        review.put("claimReviewed", claim.text());
        review.put("itemReviewed", item);
        review.put("reviewRating", rating);
        review.put("author", publisher);
        // the verdict's own date where the writer gave one, else the explainer's last change
        review.put("datePublished", (claim.checked() != null ? claim.checked()
                : e.updated() != null ? e.updated() : e.published()).iso());
        return JsonLd.write(review);
    }
}
