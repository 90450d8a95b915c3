package org.subtext.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.subtext.graph.Backlink;
import org.subtext.graph.ClaimRef;
import org.subtext.graph.MergedEvent;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Claim;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;
import org.subtext.model.ExplainerLabel;
import org.subtext.model.Layer;
import org.subtext.model.PartialDate;
import org.subtext.model.Policies;
import org.subtext.model.Policy;
import org.subtext.model.Publisher;
import org.subtext.model.Ref;
import org.subtext.model.Update;
import org.subtext.model.TimelineEvent;

/** Builds the view of one explainer page. */
final class ExplainerViewBuilder {

    /** The social card's size, as render/SocialCard draws it and the pages' og:image names it. */
    private static final int CARD_WIDTH = 1200;
    private static final int CARD_HEIGHT = 630;

    private final ViewContext ctx;
    /** The site timeline's events by id, made when a first page needs them: a save draws one or two. */
    private final Once<Map<String, MergedEvent>> mergedEvents;

    ExplainerViewBuilder(ViewContext ctx) {
        this.ctx = ctx;
        this.mergedEvents = new Once<>(() -> {
            Map<String, MergedEvent> made = new HashMap<>(ctx.graph.timeline().size() * 4 / 3 + 1);
            ctx.graph.timeline().forEach(e -> made.put(e.id(), e));
            return made;
        });
    }

    private MergedEvent mergedEvent(String id) {
        return mergedEvents.get().get(id);
    }

    Views.ExplainerPage build(RenderedExplainer rendered) {
        Explainer e = rendered.explainer();
        String path = Urls.explainer(e.slug());
        List<Views.Claim> claims = e.claims().stream()
                .map(c -> ctx.claim(new ClaimRef(e.slug(), c), false)).toList();
        List<Views.Layer> layers = e.layers().stream().map(l -> layer(rendered, l)).toList();
        List<Views.Event> timeline = e.timeline().stream()
                .sorted(java.util.Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::title))
                .map(ev -> ctx.event(mergedEvent(ev.id())))
                .map(ExplainerViewBuilder::ownEvent)
                .toList();
        List<Views.Source> sources = e.sources().stream()
                .map(s -> new Views.Source(s.id(), s.title(), s.url(), s.publisher(), ctx.date(s.date()),
                        s.archived(), ctx.date(s.accessed())))
                .toList();
        List<Views.Update> updates = e.updates().stream()
                .map(u -> new Views.Update(ctx.date(u.date()), u.note(), u.correction())).toList();
        List<Views.Backlink> backlinks = ctx.graph.backlinks().getOrDefault(e.slug(), List.of()).stream()
                .map(this::backlink).toList();
        List<Views.Link> toc = rendered.body().headings().stream().filter(h -> h.level() == 2)
                .map(h -> new Views.Link(h.text(), "#" + h.id())).toList();
        String jsonLd = jsonLd(e, path);
        return new Views.ExplainerPage(ctx.site, ctx.meta(e.title(), e.summary(), path, "article", jsonLd,
                Urls.socialCard(e.slug())),
                e.slug(), e.title(), e.summary(), e.section(),
                new Views.Link(e.section(), ctx.urls.href(Urls.section(e.section()))),
                ctx.date(e.published()), ctx.date(e.updated()), e.keyPoints(),
                e.headline() == null ? null : e.headline().claimed(),
                e.headline() == null ? null : e.headline().precise(), headlineSources(e),
                layers, claims, gaps(e), toc, rendered.body().markup(), timeline,
                TimelineOverview.of(e.timeline().stream().map(ev -> mergedEvent(ev.id()))
                        .sorted(java.util.Comparator.comparing(MergedEvent::date)).toList(), ctx.words),
                sources,
                related(e, backlinks), backlinks, updates,
                e.updates().stream().anyMatch(u -> u.correction()),
                e.tags().stream().map(t -> ctx.tagLink(t.id())).toList(),
                e.actors().stream().map(a -> ctx.actorLink(a.id())).toList(), ctx.byline(e), label(e.label()),
                behind(e));
    }

    /**
     * For a translation whose version is older than its original's last update: the original and that
     * date, shown as a notice; else null.
     */
    private Views.Behind behind(Explainer e) {
        Explainer original = e.translationOf() == null ? null
                : ctx.translations.explainer(e.translationOf().original().id());
        if (original == null) {
            return null;
        }
        PartialDate latest = original.updated() != null ? original.updated() : original.published();
        if (!e.translationOf().version().endsBefore(latest)) {
            return null;
        }
        return new Views.Behind(new Views.Link(original.title(), ctx.explainerHref(original.slug())),
                ctx.date(latest), ctx.translations.language(original.slug()));
    }

    /**
     * Where the claimed headline was seen: each source's outlet (its title when it names none) and date,
     * linking to the source itself, or to its entry in the list of sources when it has no address.
     */
    private List<Views.Link> headlineSources(Explainer e) {
        if (e.headline() == null) {
            return List.of();
        }
        List<Views.Link> links = new ArrayList<>();
        for (Ref ref : e.headline().sources()) {
            e.sources().stream().filter(s -> s.id().equals(ref.id())).findFirst().ifPresent(s -> links.add(
                    new Views.Link((s.publisher() == null ? s.title() : s.publisher())
                            + (s.date() == null ? "" : ", " + ctx.words.date(s.date())),
                            s.url() == null ? "#source-" + s.id() : s.url())));
        }
        return links;
    }

    /** What shows above the title; nothing for the default kind of work, an explainer. */
    private String label(ExplainerLabel label) {
        return label == ExplainerLabel.EXPLAINER ? null : ctx.term("label", label.id());
    }

    private static String schemaType(ExplainerLabel label) {
        return switch (label) {
            case ANALYSIS -> "AnalysisNewsArticle";
            case BACKGROUND -> "BackgroundNewsArticle";
            case NEWS -> "ReportageNewsArticle";
            default -> "NewsArticle";
        };
    }

    /**
     * An event as the explainer tells it: date, title and text. Who took part and which other explainers
     * cover it are on the full timeline, which the section links, rather than copied onto every page.
     */
    private static Views.Event ownEvent(Views.Event event) {
        return new Views.Event(event.id(), event.date(), event.end(), event.title(), event.textHtml(), List.of(),
                List.of(), event.start(), event.closeRange(), null);
    }

    /**
     * The hand-picked related explainers that the backlinks do not already show: an explainer that
     * links here is listed once, with the sentence that links.
     */
    private List<Views.Card> related(Explainer e, List<Views.Backlink> backlinks) {
        Set<String> shown = new HashSet<>();
        backlinks.forEach(b -> shown.add(b.explainer().url()));
        return e.related().stream().map(r -> ctx.card(r.id())).filter(card -> !shown.contains(card.url())).toList();
    }

    Views.Backlink backlink(Backlink link) {
        return new Views.Backlink(ctx.card(link.fromSlug()), link.context());
    }

    private Views.Layer layer(RenderedExplainer rendered, Layer layer) {
        List<Views.Link> applies = new ArrayList<>();
        for (Ref ref : layer.appliesTo()) {
            rendered.explainer().claims().stream().filter(c -> c.id().equals(ref.id())).findFirst()
                    .ifPresent(claim -> applies.add(new Views.Link(ctx.claimName(claim), "#" + claim.id())));
        }
        return new Views.Layer(layer.id(), "layer-" + layer.id(), layer.title(), layer.audience(),
                rendered.layerReadings().get(layer.id()), applies);
    }

    /**
     * "Who demands what", an issue at a time: parties and issues in site.yaml order first, then any
     * others by id, so every explainer reads the same way round.
     */
    private List<Views.GapIssue> gaps(Explainer e) {
        List<String> parties = ordered(ctx.graph.site().parties().keySet(),
                e.conditions().stream().map(c -> c.party().id()).toList());
        List<String> issues = ordered(ctx.graph.site().issues().keySet(),
                e.conditions().stream().map(c -> c.issue().id()).toList());
        List<Views.GapIssue> gaps = new ArrayList<>();
        for (String issue : issues) {
            List<Views.Demand> demands = new ArrayList<>();
            List<String> silent = new ArrayList<>();
            int conflicts = 0;
            for (String party : parties) {
                List<Condition> set = e.conditions().stream()
                        .filter(c -> c.issue().id().equals(issue) && c.party().id().equals(party)).toList();
                if (set.isEmpty()) {
                    silent.add(ctx.partyLabel(party));
                } else {
                    demands.add(new Views.Demand(ctx.partyLabel(party), set.stream().map(this::entry).toList()));
                    conflicts += (int) set.stream().filter(c -> !c.rejectedBy().isEmpty()).count();
                }
            }
            gaps.add(new Views.GapIssue(issue, ctx.issueLabel(issue), demands, silent,
                    conflicts == 0 ? null : ctx.words.count("gap_conflicts", conflicts)));
        }
        return gaps;
    }

    private Views.ConditionEntry entry(Condition c) {
        return new Views.ConditionEntry(c.id(), c.text(), labels(c.acceptedBy()), labels(c.rejectedBy()));
    }

    List<String> labels(List<Ref> refs) {
        return refs.stream().map(r -> ctx.partyLabel(r.id())).toList();
    }

    /** The ids used, in the configured order where there is one, the rest sorted after. */
    private static List<String> ordered(Set<String> configured, List<String> used) {
        Set<String> usedSet = new TreeSet<>(used);
        List<String> result = new ArrayList<>();
        for (String id : configured) {
            if (usedSet.remove(id)) {
                result.add(id);
            }
        }
        result.addAll(usedSet);
        return result;
    }

    private String jsonLd(Explainer e, String path) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", schemaType(e.label()));
        // the summary is the page's meta description already, and the page is its own url: neither is repeated
        article.put("headline", e.title());
        article.put("image", socialCard(e));
        article.put("datePublished", e.published().iso());
        article.put("dateModified", e.updated() == null ? null : e.updated().iso());
        article.put("articleSection", e.section());
        article.put("keywords", e.tags().isEmpty() ? null
                : e.tags().stream().map(t -> ctx.graph.site().tagLabel(t.id())).toList());
        article.put("url", ctx.urls.absolute(path));
        if (ctx.graph.site().languages().size() > 1) {
            // a site of one language says its language once, in <html lang>
            article.put("inLanguage", ctx.language());
            String original = e.translationOf() == null ? null : e.translationOf().original().id();
            article.put("translationOfWork", original == null || ctx.translations.explainer(original) == null ? null
                    : Map.of("@id", ctx.explainerUrl(original)));
        }
        Map<String, Object> publisher = publisher();
        article.put("publisher", publisher);
        article.put("author", e.authors().isEmpty() ? publisher : e.authors().stream().map(this::person).toList());
        List<Object> corrections = new ArrayList<>();
        for (Update u : e.updates()) {
            if (u.correction()) {
                Map<String, Object> correction = new LinkedHashMap<>();
                correction.put("@type", "CorrectionComment");
                correction.put("text", u.note());
                correction.put("datePublished", u.date().iso());
                corrections.add(correction);
            }
        }
        article.put("correction", corrections.isEmpty() ? null : corrections);
        return JsonLd.write(article);
    }

    /** The card drawn for sharing, which search engines may show as the article's picture too. */
    private Map<String, Object> socialCard(Explainer e) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        image.put("url", ctx.urls.absolute(Urls.socialCard(e.slug())));
        image.put("width", CARD_WIDTH);
        image.put("height", CARD_HEIGHT);
        return image;
    }

    private Map<String, Object> person(Ref author) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", ctx.authorLink(author.id()).label());
        person.put("url", ctx.urls.absolute(Urls.author(author.id())));
        return person;
    }

    /** The organisation: site.yaml's publisher, else the site itself, with the policies given. */
    Map<String, Object> publisher() {
        Publisher given = ctx.graph.site().publisher();
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "NewsMediaOrganization");
        publisher.put("name", given == null ? ctx.graph.site().title() : given.name());
        publisher.put("url", given == null || given.url() == null ? ctx.graph.site().baseUrl() : given.url());
        publisher.put("logo", given == null || given.logo() == null ? null : ctx.urls.absolute(given.logo()));
        Policies policies = ctx.graph.site().policies();
        publisher.put("correctionsPolicy", policyUrl(policies.corrections()));
        publisher.put("publishingPrinciples", policyUrl(policies.methods()));
        publisher.put("ethicsPolicy", policyUrl(policies.ethics()));
        publisher.put("ownershipFundingInfo", policyUrl(policies.ownership()));
        return publisher;
    }

    private String policyUrl(Policy policy) {
        return policy == null ? null : ctx.policyUrl(policy);
    }
}
