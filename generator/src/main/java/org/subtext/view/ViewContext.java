package org.subtext.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.subtext.graph.ClaimRef;
import org.subtext.graph.ContentGraph;
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

    private static final Map<ClaimStatus, String> STATUS_MEANINGS = Map.of(
            ClaimStatus.STATED, "Said on the record; not yet tested.",
            ClaimStatus.CONDITIONAL, "Holds only if conditions are met.",
            ClaimStatus.DISPUTED, "Challenged by another party or by evidence.",
            ClaimStatus.UNVERIFIED, "Cannot be checked with what is public.",
            ClaimStatus.CONTRADICTED, "Evidence or events say otherwise.",
            ClaimStatus.CONFIRMED, "Borne out by evidence or events.");

    /** The footer's words for the policies of site.yaml, by key. */
    private static final Map<String, String> POLICY_LABELS = Map.of("corrections", "Corrections policy",
            "methods", "Methods", "ethics", "Ethics", "ownership", "Ownership and funding");

    final ContentGraph graph;
    final Urls urls;
    final Views.Site site;
    final Map<String, RenderedExplainer> explainers;
    final Map<String, RenderedActor> actors = new HashMap<>();
    final Map<String, RenderedAuthor> authors = new HashMap<>();

    ViewContext(ContentGraph graph, PageAssets assets) {
        this(graph, assets, Map.of());
    }

    /** @param scripts the templates' scripts and icon by name ("site.js") */
    ViewContext(ContentGraph graph, PageAssets assets, Map<String, StaticFile> scripts) {
        this.graph = graph;
        this.urls = new Urls(graph.site());
        String language = graph.site().language();
        this.site = new Views.Site(graph.site().title(), graph.site().description(), language,
                urls.base(), urls.href(assets.stylesheet()), assets.stylesheetIntegrity(), urls.href("feed.xml"),
                assets.contentSecurityPolicy(), scriptPath(scripts, "site.js"), integrity(scripts, "site.js"),
                scriptPath(scripts, "search.js"), integrity(scripts, "search.js"), urls.href("feed.json"),
                urls.href("search/"), OpenGraphLocale.of(language), scriptPath(scripts, "favicon.svg"),
                assets.preview(), urls.href(Urls.CORRECTIONS), publisher(graph.site().publisher()), policies(),
                graph.authors().isEmpty() ? null : urls.href(Urls.AUTHORS));
        this.explainers = graph.explainersBySlug();
        graph.actors().forEach(a -> actors.put(a.actor().id(), a));
        graph.authors().forEach(a -> authors.put(a.author().id(), a));
    }

    private static Views.Link publisher(Publisher publisher) {
        return publisher == null ? null : new Views.Link(publisher.name(), publisher.url());
    }

    private List<Views.Link> policies() {
        List<Views.Link> links = new ArrayList<>();
        graph.site().policies().given().forEach((key, policy) -> links.add(
                new Views.Link(POLICY_LABELS.get(key), policyHref(policy))));
        return links;
    }

    /** A policy's page on this site, or its address elsewhere. */
    String policyHref(Policy policy) {
        return policy.page() != null ? urls.href(Urls.page(policy.page().id())) : policy.url();
    }

    /** Absolute, for JSON-LD. */
    String policyUrl(Policy policy) {
        return policy.page() != null ? urls.absolute(Urls.page(policy.page().id())) : policy.url();
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
        return scripts.containsKey(name) ? urls.href(scripts.get(name).path()) : null;
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
        String full = title.equals(graph.site().title()) ? title : title + " · " + graph.site().title();
        return new Views.Meta(full, description, urls.absolute(sitePath), ogType, jsonLd,
                imagePath == null ? null : urls.absolute(imagePath));
    }

    static Views.Date date(PartialDate date) {
        return date == null ? null : new Views.Date(date.display(), date.iso());
    }

    Views.Card card(String slug) {
        Explainer e = explainers.get(slug).explainer();
        String byline = e.authors().isEmpty() ? null
                : String.join(", ", byline(e).stream().map(Views.Link::label).toList());
        return new Views.Card(urls.href(Urls.explainer(slug)), e.title(), e.summary(), e.section(),
                date(e.published()), byline);
    }

    List<Views.Card> cards(List<String> slugs) {
        return slugs.stream().map(this::card).toList();
    }

    Views.Link explainerLink(String slug) {
        return new Views.Link(explainers.get(slug).explainer().title(), urls.href(Urls.explainer(slug)));
    }

    Views.Link actorLink(String id) {
        RenderedActor actor = actors.get(id);
        return new Views.Link(actor == null ? id : actor.actor().name(), urls.href(Urls.actor(id)));
    }

    /** A party of a condition: a site.yaml party label, or an actor's name. */
    String partyLabel(String id) {
        String label = graph.site().parties().get(id);
        if (label != null) {
            return label;
        }
        RenderedActor actor = actors.get(id);
        return actor == null ? id : actor.actor().name();
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
                        .map(x -> new Views.Link(x.text(), page + "#condition-" + x.id())).orElseThrow())
                .toList();
        Views.Link source = claim.source() == null ? null : rendered.explainer().sources().stream()
                .filter(s -> s.id().equals(claim.source().id())).findFirst()
                .map(s -> new Views.Link(s.title(), page + "#source-" + s.id())).orElseThrow();
        return new Views.Claim(claim.id(), page + "#" + claim.id(), actorLink(claim.by().id()), claim.text(),
                date(claim.date()), claim.status().id(), label(claim.status().id()), claim.kind().id(),
                label(claim.kind().id()), conditions, source, rendered.claimNotes().get(claim.id()),
                withExplainer ? explainerLink(ref.explainerSlug()) : null,
                urls.href(Urls.claim(ref.explainerSlug(), claim.id())), claim.wording() == ClaimWording.VERBATIM,
                date(claim.checked()), history(claim, rendered, page));
    }

    /** A claim's earlier statuses, oldest first, each with its note and source. */
    private List<Views.StatusStep> history(Claim claim, RenderedExplainer rendered, String page) {
        List<Views.StatusStep> steps = new java.util.ArrayList<>();
        for (int step = 0; step < claim.history().size(); step++) {
            StatusChange change = claim.history().get(step);
            Views.Link source = change.source() == null ? null : rendered.explainer().sources().stream()
                    .filter(s -> s.id().equals(change.source().id())).findFirst()
                    .map(s -> new Views.Link(s.title(), page + "#source-" + s.id())).orElse(null);
            steps.add(new Views.StatusStep(date(change.date()), change.status().id(), label(change.status().id()),
                    rendered.historyNote(claim.id(), step), source));
        }
        return steps;
    }

    Views.Event event(MergedEvent event) {
        return new Views.Event(event.id(), date(event.date()), date(event.end()), event.title(), event.textHtml(),
                event.actors().stream().map(this::actorLink).toList(),
                event.explainers().stream().map(this::explainerLink).toList());
    }

    /** What a status says, in a line, wherever claims are listed. */
    static String statusMeaning(ClaimStatus status) {
        return STATUS_MEANINGS.get(status);
    }

    static String label(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
