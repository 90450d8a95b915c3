package org.subtext.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.subtext.concurrent.Aside;
import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.LinkIndex;
import org.subtext.markdown.LinkTarget;
import org.subtext.markdown.MarkdownRenderer;
import org.subtext.markdown.OutgoingLink;
import org.subtext.markdown.RenderedMarkdown;
import org.subtext.markdown.WrittenUrl;
import org.subtext.model.Actor;
import org.subtext.model.Claim;
import org.subtext.model.Content;
import org.subtext.model.Explainer;
import org.subtext.model.Layer;
import org.subtext.model.Page;
import org.subtext.model.Placeholders;
import org.subtext.model.Ref;
import org.subtext.model.SiteConfig;
import org.subtext.model.StatusChange;
import org.subtext.model.TimelineEvent;

/**
 * The one join of the pipeline: checks cross-file references, renders Markdown with wikilinks
 * resolved, and derives backlinks, actors' claims and conditions, the merged timeline and tags.
 */
public final class GraphBuilder {

    static final Comparator<Explainer> NEWEST_FIRST = Comparator.comparing(Explainer::published).reversed()
            .thenComparing(Explainer::slug);

    private final MarkdownRenderer markdown;
    private final Diagnostics diagnostics;
    private final GraphCache cache;

    public GraphBuilder(MarkdownRenderer markdown, Diagnostics diagnostics) {
        this(markdown, diagnostics, null);
    }

    /** @param cache renders kept from the previous build of a live preview, or null */
    public GraphBuilder(MarkdownRenderer markdown, Diagnostics diagnostics, GraphCache cache) {
        this.markdown = markdown;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    public ContentGraph build(Content content, boolean includeDrafts) {
        List<Explainer> published = content.explainers().stream()
                .filter(e -> includeDrafts || !e.draft())
                .sorted(NEWEST_FIRST)
                .toList();
        Set<String> drafts = content.explainers().stream().filter(e -> !includeDrafts && e.draft())
                .map(Explainer::slug).collect(Collectors.toCollection(TreeSet::new));
        GraphCache.FrontMatter reused = cache == null ? null : cache.frontMatter(content, includeDrafts);
        // what derives from front matter alone reports into its own sink, so that a reuse replays it
        Diagnostics derivation = reused == null ? new Diagnostics() : null;
        LinkIndex index;
        CompletableFuture<Grouped> checked = null;
        if (reused != null) {
            diagnostics.addAll(reused.diagnostics());
            index = reused.index();
            // compared next time against this content, whose records are the ones the parse cache hands out
            cache.keep(reused.with(content));
        } else {
            LinkIndex built = linkIndex(content.site(), published, content.actors(), drafts, content.unreadable());
            index = cache == null ? built : cache.canonical(built);
            // the checks and groupings of one thread, beside the Markdown of all cores
            checked = Aside.supply(() -> {
                new ReferenceChecker(derivation).check(content, published, drafts);
                new SiteChecker(derivation).check(content, published, pageDrafts(content, includeDrafts));
                new TranslationChecker(derivation, content.site()).check(published, drafts, content.unreadable());
                new ContentWarnings(derivation).checkExplainers(published);
                return new Grouped(group(published, Explainer::tags), groupBySection(published));
            });
        }
        // Markdown is the costly part of this stage and each text renders on its own: all cores
        List<RenderedExplainer> explainers = Parallel.map(published,
                e -> cached("explainer:" + e.slug(), e, index, sink -> render(e, index, sink)));
        List<RenderedActor> actors = Parallel.map(content.actors(),
                a -> cached("actor:" + a.id(), a, index, sink -> new RenderedActor(a, markdown.renderBody(a.body(),
                        new SourcePosition(a.file(), a.bodyFirstLine(), 1), index, PageAnchors.SECTIONS, sink))));
        List<RenderedAuthor> authors = Parallel.map(content.authors(),
                a -> cached("author:" + a.id(), a, index, sink -> new RenderedAuthor(a, markdown.renderBody(a.body(),
                        new SourcePosition(a.file(), a.bodyFirstLine(), 1), index, PageAnchors.SECTIONS, sink))));
        List<RenderedPage> pages = Parallel.map(
                content.pages().stream().filter(p -> includeDrafts || !p.draft()).toList(),
                p -> cached("page:" + p.slug(), p, index, sink -> {
                    if (!p.draft()) {
                        Placeholders.checkBody(p.body(), p.file(), p.bodyFirstLine(), "page", sink);
                    }
                    return new RenderedPage(p, markdown.renderBody(p.body(),
                            new SourcePosition(p.file(), p.bodyFirstLine(), 1), index, PageAnchors.SECTIONS, sink));
                }));

        // what derives from the explainers' links and what derives from their front matter are made on
        // two threads, neither using the other's
        CompletableFuture<CrossReferences> crossing = Aside.supply(() -> {
            List<ExplainerLinks> links = explainers.stream()
                    .map(e -> cache == null ? ExplainerLinks.of(e) : cache.links(e)).toList();
            return cache == null ? CrossReferences.of(content.actors(), links)
                    : cache.crossReferences(reused != null, content.actors(), links);
        });
        GraphCache.FrontMatter derived = reused;
        if (derived == null) {
            Grouped grouped = Aside.join(checked);
            Set<String> publishedSlugs = published.stream().map(Explainer::slug).collect(Collectors.toSet());
            Map<String, String> languages = new HashMap<>();
            published.forEach(e -> languages.put(e.slug(),
                    content.site().languageOr(e.language() == null ? null : e.language().id())));
            List<MergedEvent> timeline = new TimelineBuilder(derivation, languages::get, content.site().language())
                    .build(occurrences(content, explainers, index, derivation), publishedSlugs);
            // two views of the timeline, one a thread
            CompletableFuture<ActorIndex> indexing = Aside.supply(
                    () -> new ActorIndex(content.actors(), published, timeline));
            Map<String, List<MergedEvent>> tagTimelines = TimelineBuilder.byTag(grouped.tags(), timeline);
            ActorIndex actorIndex = Aside.join(indexing);
            List<Diagnostic> found = derivation.sorted();
            diagnostics.addAll(found);
            derived = new GraphCache.FrontMatter(content, includeDrafts, index, timeline, actorIndex.claims(),
                    actorIndex.conditions(), actorIndex.events(), grouped.tags(), grouped.sections(), tagTimelines,
                    found);
            if (cache != null) {
                cache.keep(derived);
            }
        }
        CrossReferences references = Aside.join(crossing);
        new ContentWarnings(diagnostics).checkActors(content.actors(), references.naming());
        return new ContentGraph(content.site(), explainers, actors, references.backlinks(),
                derived.actorClaims(), derived.actorConditions(), references.naming(), derived.actorEvents(),
                derived.timeline(), derived.tags(), derived.sections(), derived.tagTimelines(), content.assets(),
                authors, pages);
    }

    private static Set<String> pageDrafts(Content content, boolean includeDrafts) {
        return content.pages().stream().filter(p -> !includeDrafts && p.draft()).map(Page::slug)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Published explainers' slugs by tag and by section, newest first. */
    private record Grouped(Map<String, List<String>> tags, Map<String, List<String>> sections) {
    }

    /** An explainer of another edition than the default is linked under its language's prefix. */
    private static LinkIndex linkIndex(SiteConfig site, List<Explainer> explainers, List<Actor> actors,
                                       Set<String> drafts, Set<String> unreadable) {
        Map<String, LinkTarget> targets = new HashMap<>();
        for (Actor actor : actors) {
            Map<String, String> names = new HashMap<>();
            actor.names().forEach(n -> names.put(n.language(), n.name()));
            targets.put(actor.id(), new LinkTarget(actor.id(), "actors/" + actor.id() + "/", actor.name(), Set.of(),
                    names));
        }
        for (Explainer explainer : explainers) {
            // a claim left out for an error of its own is linked to as if it were there: reported once
            Set<String> anchors = explainer.claims().stream().map(Claim::id).collect(Collectors.toSet());
            anchors.addAll(explainer.leftOutIds());
            targets.put(explainer.slug(), new LinkTarget(explainer.slug(),
                    Editions.prefix(site, explainer.language()) + "explainers/" + explainer.slug() + "/",
                    explainer.linkTitle(), anchors));
        }
        return new LinkIndex(targets, drafts, unreadable);
    }

    /**
     * A render is a function of its input record and the link index: when both equal those of the
     * previous build, the previous render and its diagnostics are reused.
     */
    private <T> T cached(String key, Object input, LinkIndex index, java.util.function.Function<Diagnostics, T> render) {
        return cache == null ? render.apply(diagnostics)
                : cache.renders.get(key, List.of(input, index), diagnostics, render);
    }

    private RenderedExplainer render(Explainer explainer, LinkIndex index, Diagnostics diagnostics) {
        if (!explainer.draft()) {
            Placeholders.checkBody(explainer.body(), explainer.file(), explainer.bodyFirstLine(), "explainer",
                    diagnostics);
        }
        // event texts keep the plain index: they show on the timelines of every edition
        LinkIndex own = index.seenFrom(explainer.slug());
        RenderedMarkdown body = markdown.renderBody(explainer.body(),
                new SourcePosition(explainer.file(), explainer.bodyFirstLine(), 1), own,
                PageAnchors.reservedFor(explainer), diagnostics);
        List<OutgoingLink> links = new ArrayList<>(body.links());
        // the URLs of the fields are checked as written on the explainer's page, as its body's are
        List<WrittenUrl> urls = new ArrayList<>(body.urls());
        Map<String, String> notes = new HashMap<>();
        for (Claim claim : explainer.claims()) {
            if (claim.note() != null) {
                RenderedMarkdown note = markdown.renderInline(claim.note(), claim.position(), own, diagnostics);
                notes.put(claim.id(), note.html());
                links.addAll(note.links());
                urls.addAll(note.urls());
            }
        }
        Map<String, String> historyNotes = new HashMap<>();
        for (Claim claim : explainer.claims()) {
            for (int step = 0; step < claim.history().size(); step++) {
                StatusChange change = claim.history().get(step);
                if (change.note() != null) {
                    RenderedMarkdown note = markdown.renderInline(change.note(), change.position(), own,
                            diagnostics);
                    historyNotes.put(RenderedExplainer.historyKey(claim.id(), step), note.html());
                    links.addAll(note.links());
                    urls.addAll(note.urls());
                }
            }
        }
        Map<String, String> readings = new HashMap<>();
        for (Layer layer : explainer.layers()) {
            RenderedMarkdown reading = markdown.renderInline(layer.reading(), layer.position(), own, diagnostics);
            readings.put(layer.id(), reading.html());
            links.addAll(reading.links());
            urls.addAll(reading.urls());
        }
        Map<String, String> texts = new HashMap<>();
        for (TimelineEvent event : explainer.timeline()) {
            if (event.text() != null) {
                RenderedMarkdown text = markdown.renderInline(event.text(), event.position(), index, diagnostics);
                texts.put(event.id(), text.html());
                links.addAll(text.links());
                urls.addAll(text.urls());
            }
        }
        for (OutgoingLink link : links) {
            if (link.targetId().equals(explainer.slug()) && link.anchor() == null) {
                diagnostics.error(link.position(), "[[" + explainer.slug() + "]] links this explainer to itself:"
                        + " remove the link, or point it at a claim ([[" + explainer.slug() + "#claim-id]])");
            }
        }
        return new RenderedExplainer(explainer, new RenderedMarkdown(body.markup(), links, body.headings(), urls), notes,
                readings, texts, historyNotes);
    }

    private List<TimelineBuilder.Occurrence> occurrences(Content content, List<RenderedExplainer> explainers,
                                                         LinkIndex index, Diagnostics diagnostics) {
        List<TimelineBuilder.Occurrence> occurrences = new ArrayList<>();
        for (TimelineEvent event : content.standaloneEvents()) {
            String html = event.text() == null ? null
                    : markdown.renderInline(event.text(), event.position(), index, diagnostics).html();
            occurrences.add(new TimelineBuilder.Occurrence(event, null, html));
        }
        explainers.stream().sorted(Comparator.comparing(RenderedExplainer::slug)).forEach(rendered -> {
            for (TimelineEvent event : rendered.explainer().timeline()) {
                occurrences.add(new TimelineBuilder.Occurrence(event, rendered.slug(),
                        rendered.eventTexts().get(event.id())));
            }
        });
        return occurrences;
    }

    private static Map<String, List<String>> group(List<Explainer> newestFirst,
                                                   java.util.function.Function<Explainer, List<Ref>> keys) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (Explainer explainer : newestFirst) {
            keys.apply(explainer).stream().map(Ref::id).distinct()
                    .forEach(key -> groups.computeIfAbsent(key, k -> new ArrayList<>()).add(explainer.slug()));
        }
        return groups;
    }

    private static Map<String, List<String>> groupBySection(List<Explainer> newestFirst) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (Explainer explainer : newestFirst) {
            groups.computeIfAbsent(explainer.section(), k -> new ArrayList<>()).add(explainer.slug());
        }
        return groups;
    }
}
