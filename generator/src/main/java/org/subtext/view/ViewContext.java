package org.subtext.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.subtext.graph.ClaimRef;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.Edition;
import org.subtext.graph.Translations;
import org.subtext.graph.MergedEvent;
import org.subtext.graph.RenderedActor;
import org.subtext.graph.RenderedAuthor;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Claim;
import org.subtext.model.ClaimStatus;
import org.subtext.model.ClaimWording;
import org.subtext.model.Explainer;
import org.subtext.model.PartialDate;
import org.subtext.model.Policy;
import org.subtext.model.Publisher;
import org.subtext.model.Ref;
import org.subtext.model.StatusChange;

/** Lookups and small view pieces shared by the page builders; built once per build. */
final class ViewContext {

    /** Languages written right to left, by primary subtag. */
    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "arc", "ckb", "dv", "fa",
            "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi");

    private static final int CLAIM_NAME_WORDS = 6;

    final ContentGraph graph;
    /** The edition's URLs ("/uk/..."), and the site's root, where static files and other editions live. */
    final Urls urls;
    final Urls rootUrls;
    final Views.Site site;
    /** static/timeline.js, for the timeline pages alone: null when the templates lack it */
    final String timelineScript;
    final String timelineScriptIntegrity;
    final Map<String, RenderedExplainer> explainers;
    final Map<String, RenderedActor> actors = new HashMap<>();
    final Map<String, RenderedAuthor> authors = new HashMap<>();
    final Words words;
    final Translations translations;
    private final Edition edition;
    private final Alternates alternates;

    /**
     * @param scripts the templates' scripts and icon by name ("site.js")
     * @param alternates the editions of every page, for hreflang and the language switch
     */
    ViewContext(Edition edition, PageAssets assets, Map<String, StaticFile> scripts, Words words,
                Alternates alternates) {
        this.edition = edition;
        this.graph = edition.graph();
        this.words = words;
        this.translations = edition.translations();
        this.alternates = alternates;
        this.urls = new Urls(graph.site());
        this.rootUrls = new Urls(edition.root());
        String language = graph.site().language();
        this.site = new Views.Site(graph.site().title(), graph.site().description(), language,
                urls.base(), rootUrls.href(assets.stylesheet()), assets.stylesheetIntegrity(), urls.href("feed.xml"),
                assets.contentSecurityPolicy(), scriptPath(scripts, "site.js"), integrity(scripts, "site.js"),
                scriptPath(scripts, "search.js"), integrity(scripts, "search.js"), urls.href("feed.json"),
                urls.href("search/"), OpenGraphLocale.of(language), scriptPath(scripts, "favicon.svg"),
                assets.preview(), urls.href(Urls.CORRECTIONS), publisher(graph.site().publisher()), policies(),
                graph.authors().isEmpty() ? null : urls.href(Urls.AUTHORS),
                graph.site().policies().methods() == null ? null : policyHref(graph.site().policies().methods()),
                RIGHT_TO_LEFT.contains(language.split("-")[0].toLowerCase(Locale.ROOT)) ? "rtl" : null,
                assets.explainerStylesheet() == null ? null : rootUrls.href(assets.explainerStylesheet().path()),
                assets.explainerStylesheet() == null ? null : assets.explainerStylesheet().integrity());
        this.timelineScript = scriptPath(scripts, "timeline.js");
        this.timelineScriptIntegrity = integrity(scripts, "timeline.js");
        this.explainers = graph.explainersBySlug();
        graph.actors().forEach(a -> actors.put(a.actor().id(), a));
        graph.authors().forEach(a -> authors.put(a.author().id(), a));
    }

    String language() {
        return edition.language();
    }

    private static Views.Link publisher(Publisher publisher) {
        return publisher == null ? null : new Views.Link(publisher.name(), publisher.url());
    }

    private List<Views.Link> policies() {
        List<Views.Link> links = new ArrayList<>();
        graph.site().policies().given().forEach((key, policy) -> links.add(
                new Views.Link(words.get("policy_" + key), policyHref(policy))));
        return links;
    }

    /** A policy's page on this site, or its address elsewhere. */
    String policyHref(Policy policy) {
        return policy.page() != null ? rootUrls.href(pagePath(policy.page().id())) : policy.url();
    }

    /** Absolute, for JSON-LD. */
    String policyUrl(Policy policy) {
        return policy.page() != null ? rootUrls.absolute(pagePath(policy.page().id())) : policy.url();
    }

    /** A page of {@code pages/} is in one edition, which every edition's footer links. */
    private String pagePath(String slug) {
        return translations.pagePrefix(slug) + Urls.page(slug);
    }

    /** The byline: each author's name, linking to their page. */
    List<Views.Link> byline(Explainer e) {
        return e.authors().stream().map(Ref::id).map(this::authorLink).toList();
    }

    Views.Link authorLink(String id) {
        RenderedAuthor author = authors.get(id);
        return new Views.Link(author == null ? id : author.author().name(), urls.href(Urls.author(id)));
    }

    private String scriptPath(Map<String, StaticFile> scripts, String name) {
        return scripts.containsKey(name) ? rootUrls.href(scripts.get(name).path()) : null;
    }

    private static String integrity(Map<String, StaticFile> scripts, String name) {
        return scripts.containsKey(name) ? scripts.get(name).integrity() : null;
    }

    Views.Meta meta(String title, String description, String sitePath, String ogType, String jsonLd) {
        return meta(title, description, sitePath, ogType, jsonLd, null);
    }

    /** @param imagePath the site path of the page's social card, or null */
    Views.Meta meta(String title, String description, String sitePath, String ogType, String jsonLd,
                    String imagePath) {
        String full = title.equals(graph.site().title()) ? title : words.format("page_title", title,
                graph.site().title());
        List<Views.Alternate> editions = alternates.of(edition.language(), Urls.file(sitePath));
        return new Views.Meta(full, description, urls.absolute(sitePath), ogType, jsonLd,
                imagePath == null ? null : urls.absolute(imagePath), editions, Alternates.xDefault(editions));
    }

    Views.Date date(PartialDate date) {
        return date == null ? null : new Views.Date(words.date(date), date.iso());
    }

    /** An explainer of this edition or, for links across languages, of another. */
    Explainer explainer(String slug) {
        RenderedExplainer here = explainers.get(slug);
        return here != null ? here.explainer() : translations.explainer(slug);
    }

    /** An explainer's page, in whichever edition it is. */
    String explainerHref(String slug) {
        return rootUrls.href(translations.prefix(slug) + Urls.explainer(slug));
    }

    /** An explainer's absolute URL, in whichever edition it is. */
    String explainerUrl(String slug) {
        return rootUrls.absolute(translations.prefix(slug) + Urls.explainer(slug));
    }

    Views.Card card(String slug) {
        Explainer e = explainer(slug);
        String byline = e.authors().isEmpty() ? null
                : String.join(", ", byline(e).stream().map(Views.Link::label).toList());
        String language = translations.language(slug);
        return new Views.Card(explainerHref(slug), e.title(), e.summary(), e.section(),
                date(e.published()), byline, language.equals(edition.language()) ? null : language);
    }

    List<Views.Card> cards(List<String> slugs) {
        return slugs.stream().map(this::card).toList();
    }

    Views.Link explainerLink(String slug) {
        return new Views.Link(explainer(slug).title(), explainerHref(slug));
    }

    Views.Link actorLink(String id) {
        RenderedActor actor = actors.get(id);
        return new Views.Link(actor == null ? id : actor.actor().nameIn(edition.language()), urls.href(Urls.actor(id)));
    }

    /** A party of a condition: a site.yaml party label, or an actor's name. */
    String partyLabel(String id) {
        String label = graph.site().parties().get(id);
        if (label != null) {
            return label;
        }
        RenderedActor actor = actors.get(id);
        return actor == null ? id : actor.actor().nameIn(edition.language());
    }

    /** A topic's page, named by its label. */
    Views.Link tagLink(String id) {
        return new Views.Link(graph.site().tagLabel(id), urls.href(Urls.tag(id)));
    }

    String issueLabel(String id) {
        return graph.site().issues().getOrDefault(id, id);
    }

    Views.Claim claim(ClaimRef ref, boolean withExplainer) {
        RenderedExplainer rendered = explainers.get(ref.explainerSlug());
        Claim claim = ref.claim();
        // on the explainer's own page, links to its parts are plain #anchors
        String page = withExplainer ? urls.href(Urls.explainer(ref.explainerSlug())) : "";
        List<Views.Link> conditions = claim.conditions().stream()
                .map(c -> rendered.explainer().conditions().stream().filter(x -> x.id().equals(c.id())).findFirst()
                        .map(x -> new Views.Link(excerpt(x.text()), page + "#condition-" + x.id())).orElseThrow())
                .toList();
        // a claim names its source by outlet, as the headline check does; the list of sources has the title
        Views.Link source = claim.source() == null ? null : rendered.explainer().sources().stream()
                .filter(s -> s.id().equals(claim.source().id())).findFirst()
                .map(s -> new Views.Link(s.publisher() == null ? s.title() : s.publisher(), page + "#source-" + s.id()))
                .orElseThrow();
        return new Views.Claim(claim.id(), page + "#" + claim.id(), actorLink(claim.by().id()), claim.text(),
                date(claim.date()), claim.status().id(), term("status", claim.status().id()), claim.kind().id(),
                term("kind", claim.kind().id()), conditions, source, rendered.claimNotes().get(claim.id()),
                withExplainer ? explainerLink(ref.explainerSlug()) : null,
                withExplainer ? urls.href(Urls.claim(ref.explainerSlug(), claim.id())) : Urls.ownClaim(claim.id()),
                claim.wording() == ClaimWording.VERBATIM,
                date(claim.checked()), history(claim, rendered, page), statusMeaning(claim.status()));
    }

    /** A claim's earlier statuses, oldest first, each with its note and source. */
    private List<Views.StatusStep> history(Claim claim, RenderedExplainer rendered, String page) {
        List<Views.StatusStep> steps = new java.util.ArrayList<>();
        for (int step = 0; step < claim.history().size(); step++) {
            StatusChange change = claim.history().get(step);
            Views.Link source = change.source() == null ? null : rendered.explainer().sources().stream()
                    .filter(s -> s.id().equals(change.source().id())).findFirst()
                    .map(s -> new Views.Link(s.title(), page + "#source-" + s.id())).orElse(null);
            steps.add(new Views.StatusStep(date(change.date()), change.status().id(),
                    term("status", change.status().id()),
                    rendered.historyNote(claim.id(), step), source));
        }
        return steps;
    }

    Views.Event event(MergedEvent event) {
        return event(event, null);
    }

    /** @param topics the event's topics for the timeline's script (see {@link Views.Event}), or null */
    Views.Event event(MergedEvent event, String topics) {
        String start = DateRange.start(event.date(), event.end(), words::date);
        return new Views.Event(event.id(), date(event.date()), date(event.end()), event.title(), event.textHtml(),
                event.actors().stream().map(this::actorLink).toList(),
                event.explainers().stream().map(this::explainerLink).toList(), start, DateRange.close(start), topics);
    }

    /**
     * A claim as a reader can find it on the page: who said it and its first few words
     * ("Sergei Lavrov: Russia is prepared to resume…"), in quotation marks only when verbatim.
     */
    String claimName(Claim claim) {
        return words.format(claim.wording() == ClaimWording.VERBATIM ? "claim_name_verbatim" : "claim_name",
                actorLink(claim.by().id()).label(), excerpt(claim.text()));
    }

    /**
     * The first few words of a text that is written out in full elsewhere on the page (a claim, a
     * condition in the gap map), so that a link to it says which one without repeating it.
     */
    static String excerpt(String text) {
        String[] first = text.strip().split("\\s+");
        return first.length <= CLAIM_NAME_WORDS ? text.strip()
                : String.join(" ", java.util.Arrays.copyOf(first, CLAIM_NAME_WORDS)).replaceAll("[,;:]+$", "") + "…";
    }

    /** What a status says, in a line, wherever claims are listed. */
    String statusMeaning(ClaimStatus status) {
        return words.get("status_meaning_" + status.id());
    }

    /**
     * The word for a value of the format in this edition's language: {@code term("status", "disputed")}
     * is the message {@code status_disputed} ("Disputed").
     */
    String term(String kind, String id) {
        return words.get(kind + "_" + id.replace('-', '_'));
    }
}
