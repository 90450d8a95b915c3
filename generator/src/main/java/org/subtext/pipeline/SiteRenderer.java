package org.subtext.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.subtext.concurrent.Aside;
import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.Edition;
import org.subtext.graph.Editions;
import org.subtext.graph.Translations;
import org.subtext.graph.GraphChange;
import org.subtext.model.Explainer;
import org.subtext.output.OutputFile;
import org.subtext.render.CorrectionsFeedWriter;
import org.subtext.render.FeedWriter;
import org.subtext.render.JsonFeedWriter;
import org.subtext.render.MessageFiles;
import org.subtext.render.PebbleRenderer;
import org.subtext.render.SecurityPolicy;
import org.subtext.render.SitemapWriter;
import org.subtext.render.SocialCard;
import org.subtext.render.StaticAssets;
import org.subtext.search.SearchDocuments;
import org.subtext.search.SearchIndex;
import org.subtext.source.AssetFile;
import org.subtext.view.Alternates;
import org.subtext.view.PageAssets;
import org.subtext.view.PageModel;
import org.subtext.view.StaticFile;
import org.subtext.view.Urls;
import org.subtext.view.ViewBuilder;
import org.subtext.view.Words;

/**
 * The render stage: every page from its view model, the files drawn from the whole graph (feeds,
 * sitemap, search index) and the social cards, each handed to {@link Output} as it is made.
 * {@code bodiesOnly} is what a live preview's save changed when only prose changed, else null.
 */
final class SiteRenderer {

    private final Reuse reuse;
    private final Progress progress;
    private final ContentGraph graph;
    private final GraphChange bodiesOnly;
    private final Output output;
    private final boolean preview;
    private final List<Edition> editions;
    private final Translations translations;

    /** @param preview a build with drafts: kept out of search engines, drafts out of feeds and sitemap */
    SiteRenderer(Reuse reuse, Progress progress, ContentGraph graph, GraphChange bodiesOnly, Output output,
                 boolean preview) {
        this.reuse = reuse;
        this.progress = progress;
        this.graph = graph;
        this.bodiesOnly = bodiesOnly;
        this.output = output;
        this.preview = preview;
        this.editions = Editions.of(graph);
        this.translations = editions.get(0).translations();
    }

    /** Thrown out of a parallel render to stop it at a template's error. */
    private static final class TemplateFailure extends RuntimeException {
        final transient PebbleRenderer.TemplateException cause;

        TemplateFailure(PebbleRenderer.TemplateException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    /** Renders every page and the derived files; the number of pages, or 0 after an error (reported). */
    int pages(Prepared prepared, Path templatesDir, Diagnostics diagnostics, Timings timings) {
        StaticAssets statics;
        try {
            statics = prepared.statics().join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof UncheckedIOException unreadable)) {
                throw e;
            }
            diagnostics.error(SourcePosition.ofFile(templatesDir.toString()),
                    "cannot read the templates' static files: " + unreadable.getCause().getMessage());
            return 0;
        }
        if (!statics.has("style.css") && !statics.has("pages.css")) {
            diagnostics.error(SourcePosition.ofFile(templatesDir.resolve("static/style.css").toString()),
                    "missing stylesheet: the templates folder needs static/style.css");
            return 0;
        }
        statics.files().forEach(output::add);
        Map<String, StaticFile> scripts = new TreeMap<>();
        for (String script : List.of("site.js", "search.js", "timeline.js", "favicon.svg")) {
            if (statics.has(script)) {
                scripts.put(script, new StaticFile(statics.path(script), statics.integrity(script)));
            }
        }
        String pagesCss = statics.has("pages.css") ? "pages.css" : "style.css";
        PageAssets assets = new PageAssets(statics.path(pagesCss), statics.integrity(pagesCss),
                statics.has("explainer.css")
                        ? new StaticFile(statics.path("explainer.css"), statics.integrity("explainer.css")) : null,
                SecurityPolicy.CSP, preview);
        MessageFiles messages = prepared.messages().join();
        Map<String, Words> words = new TreeMap<>();
        editions.forEach(e -> words.put(e.language(), messages.words(e.language())));
        Alternates alternates = alternates(assets, scripts, words);
        List<PageModel> pages = new ArrayList<>();
        for (Edition edition : editions) {
            pages.addAll(new ViewBuilder(reuse).build(edition, assets, scripts, words.get(edition.language()),
                    alternates));
        }
        timings.lap("views");
        // drawn from the graph alone: a thread of their own beside the pages
        CompletableFuture<Void> derived = Aside.supply(() -> {
            derivedFiles(pages, alternates, words);
            return null;
        });
        PebbleRenderer renderer = prepared.templates().join();
        Map<String, PebbleRenderer.TemplateWords> templateWords = new TreeMap<>();
        words.forEach((code, w) -> templateWords.put(code, PebbleRenderer.TemplateWords.of(w.words())));
        try {
            // a prose-only save leaves the list of pages as it was, so the last build's pages line up with
            // this one's; pages the save cannot reach are taken as they were, file and scan
            List<Reuse.Drawn> last = reuse.drawnPages();
            boolean takeLast = bodiesOnly != null && last != null && last.size() == pages.size();
            Reuse.Drawn[] now = last == null ? null : new Reuse.Drawn[pages.size()];
            List<Integer> toDraw = new ArrayList<>(takeLast ? 16 : pages.size());
            for (int i = 0; i < pages.size(); i++) {
                PageModel page = pages.get(i);
                Reuse.Drawn drawn = takeLast && !page.redrawnBy().test(bodiesOnly) ? last.get(i) : null;
                if (drawn != null && drawn.file().path().equals(page.path())) {
                    output.same(drawn);
                    now[i] = drawn;
                } else {
                    toDraw.add(i);
                }
            }
            AtomicInteger done = new AtomicInteger();
            int total = toDraw.size();
            // each page builds its view, renders, is scanned and written on its own (Pebble's engine is
            // thread-safe): all cores, and neither view nor page is kept once written
            Parallel.forEach(toDraw, i -> {
                int n = done.incrementAndGet();
                if (n % 50 == 0) {
                    progress.update("render", n, total);
                }
                PageModel page = pages.get(i);
                Object view = page.view();
                PebbleRenderer.TemplateWords t = templateWords.get(page.words().language());
                byte[] html = reuse.page(page.path(), view, () -> render(renderer, page.template(), view, t));
                Reuse.Drawn drawn = output.page(page.path(), html, page.origin());
                if (now != null) {
                    now[i] = drawn;
                }
            });
            if (now != null) {
                reuse.drewPages(Arrays.asList(now));
            }
        } catch (TemplateFailure failure) {
            diagnostics.add(failure.cause.diagnostic());
            return 0;
        } finally {
            // never left writing into a staging folder that a failed build removes
            derived.exceptionally(failed -> null).join();
        }
        Aside.join(derived);
        return pages.size();
    }

    /**
     * Which pages are editions of one another: the pages of every edition listed once without them
     * (listing builds no view, so it is cheap), then matched. A site of one language has none.
     */
    private Alternates alternates(PageAssets assets, Map<String, StaticFile> scripts, Map<String, Words> words) {
        if (editions.size() < 2) {
            return Alternates.NONE;
        }
        Map<String, List<String>> paths = new TreeMap<>();
        for (Edition edition : editions) {
            paths.put(edition.language(), new ViewBuilder().build(edition, assets, scripts,
                    words.get(edition.language()), Alternates.NONE).stream()
                    .map(page -> page.path().substring(edition.prefix().length())).toList());
        }
        return Alternates.of(editions, paths);
    }

    private static byte[] render(PebbleRenderer renderer, String template, Object view,
                                 PebbleRenderer.TemplateWords words) {
        try {
            return renderer.render(template, view, words);
        } catch (PebbleRenderer.TemplateException e) {
            throw new TemplateFailure(e);
        }
    }

    private void derivedFiles(List<PageModel> pages, Alternates alternates, Map<String, Words> words) {
        SitemapWriter sitemaps = new SitemapWriter();
        for (Edition edition : editions) {
            editionFiles(edition.prefix(), edition.graph(), words.get(edition.language()));
        }
        output.add(generated("sitemap.xml", () -> List.of(graph.site(), sitemap(pages), alternates.bySitePath()),
                () -> sitemaps.sitemap(graph.site(), sitemap(pages), alternates.bySitePath())));
        output.add(OutputFile.text("robots.txt", sitemaps.robots(graph.site(), preview), null));
        Set<String> topLevel = new TreeSet<>();
        for (PageModel page : pages) {
            // an edition's folders are named under its prefix, so that its cards to embed get their rule
            String prefix = editions.stream().map(Edition::prefix)
                    .filter(p -> !p.isEmpty() && page.path().startsWith(p)).findFirst().orElse("");
            String rest = page.path().substring(prefix.length());
            int slash = rest.indexOf('/');
            topLevel.add(prefix + (slash < 0 ? rest : rest.substring(0, slash + 1)));
        }
        if (!graph.assets().isEmpty()) {
            topLevel.add("assets/");
        }
        output.add(OutputFile.text("_headers", SecurityPolicy.headersFile(topLevel), null));
        for (AssetFile asset : graph.assets()) {
            output.add(OutputFile.copy(asset.path(), asset.file()));
        }
    }

    /** The feeds and sharded search index of one edition, under its prefix ("" or "uk/"). */
    private void editionFiles(String prefix, ContentGraph edition, Words words) {
        // the corrections feed is drawn from front matter alone, so a prose-only save keeps it; the feeds
        // of explainers carry the full text of their newest, and are made again when one of those changes
        Supplier<Object> feedInput = () -> List.of(edition.site(), edition.explainers(), edition.authors(),
                words.words());
        output.add(reuse.generated(prefix + "feed.xml",
                () -> List.of(edition.site(), FeedWriter.entries(edition), edition.authors()),
                () -> OutputFile.text(prefix + "feed.xml", new FeedWriter().atom(edition), null)));
        output.add(reuse.generated(prefix + "feed.json",
                () -> List.of(edition.site(), JsonFeedWriter.entries(edition), edition.authors()),
                () -> OutputFile.text(prefix + "feed.json", new JsonFeedWriter().write(edition), null)));
        output.add(generated(prefix + Urls.CORRECTIONS_FEED, feedInput,
                () -> new CorrectionsFeedWriter().atom(edition, words)));
        SearchIndex search = reuse.search(prefix);
        search.write(SearchDocuments.of(edition, search, words), prefix, output::add);
    }

    /** A file drawn from front matter alone: the last build's after a prose-only save, else made (again). */
    private OutputFile generated(String path, Supplier<Object> input, Supplier<String> write) {
        OutputFile kept = bodiesOnly == null ? null : reuse.lastGenerated(path);
        return kept != null ? kept : reuse.generated(path, input, () -> OutputFile.text(path, write.get(), null));
    }

    /** Every page's URL, with its last change where the content dates it; drafts' pages and embeddable cards left out. */
    private Map<String, String> sitemap(List<PageModel> pages) {
        List<String> drafts = graph.explainers().stream().filter(e -> e.explainer().draft())
                .map(e -> translations.prefix(e.slug()) + "explainers/" + e.slug() + "/").toList();
        Map<String, String> dates = new java.util.HashMap<>();
        for (Edition edition : editions) {
            SitemapWriter.lastChanges(edition.graph()).forEach((path, date) -> dates.put(edition.prefix() + path, date));
        }
        Map<String, String> sitemap = new TreeMap<>();
        for (PageModel page : pages) {
            // cards to embed are not pages of the site: they are marked noindex and left out
            if (!page.path().equals("404.html") && !inEdition(page.path()).startsWith("embed/")
                    && drafts.stream().noneMatch(page.path()::startsWith)) {
                String path = page.path();
                String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length())
                        : path;
                sitemap.put(url, dates.get(url));
            }
        }
        return sitemap;
    }

    /** A page's path inside its edition: "uk/embed/x/" → "embed/x/". */
    private String inEdition(String path) {
        return editions.stream().map(Edition::prefix).filter(p -> !p.isEmpty() && path.startsWith(p)).findFirst()
                .map(p -> path.substring(p.length())).orElse(path);
    }

    /**
     * The og:image of each explainer, drawn on all cores; a preview draws again only cards whose text
     * changed, and a build copies the cards earlier builds drew ({@code stored}, or null).
     */
    void socialCards(boolean draw, CardCache stored, MessageFiles messages) {
        List<OutputFile> last = reuse.lastCards();
        if (bodiesOnly != null && draw && last != null) {
            // drawn from front matter alone: a prose-only save keeps every card
            last.forEach(output::add);
            return;
        }
        Map<String, Words> byLanguage = new TreeMap<>();
        editions.forEach(edition -> byLanguage.put(edition.language(), messages.words(edition.language())));
        Queue<OutputFile> made = new ConcurrentLinkedQueue<>();
        Parallel.forEach(graph.explainers(), rendered -> {
            Explainer e = rendered.explainer();
            String path = translations.prefix(e.slug()) + Urls.socialCard(e.slug());
            if (!draw) {
                output.count(path);
                return;
            }
            Words words = byLanguage.get(translations.language(e.slug()));
            SocialCard.Text text = new SocialCard.Text(e.title(), e.section(),
                    e.updated() != null ? words.format("card_updated", words.date(e.updated()))
                            : words.date(e.published()),
                    graph.site().title(), e.headline() == null ? null : e.headline().claimed(),
                    e.headline() == null ? null : e.headline().precise(), words.get("headline_says"),
                    words.get("headline_precisely"));
            Path drawn = stored == null ? null : stored.find(text);
            OutputFile card;
            if (drawn != null) {
                // the cache writes each card once, under a new name, so a link is as safe as a copy
                card = OutputFile.unchanged(path, drawn, null);
            } else {
                byte[] png = reuse.card(path, text, () -> SocialCard.png(text));
                if (stored != null) {
                    stored.store(text, png);
                }
                card = new OutputFile(path, png, null, null);
            }
            made.add(card);
            output.add(card);
        });
        if (draw) {
            reuse.drewCards(List.copyOf(made));
        }
    }
}
