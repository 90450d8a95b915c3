package org.subtext.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.subtext.concurrent.Aside;
import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.frontmatter.FrontMatterSplitter;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.GraphBuilder;
import org.subtext.graph.GraphChange;
import org.subtext.graph.RenderedExplainer;
import org.subtext.markdown.MarkdownRenderer;
import org.subtext.model.Actor;
import org.subtext.model.Content;
import org.subtext.model.Explainer;
import org.subtext.model.SiteConfig;
import org.subtext.model.TimelineEvent;
import org.subtext.output.LinkChecker;
import org.subtext.output.OutputFile;
import org.subtext.output.SiteWriter;
import org.subtext.render.FeedWriter;
import org.subtext.render.JsonFeedWriter;
import org.subtext.render.PebbleRenderer;
import org.subtext.render.SearchIndexWriter;
import org.subtext.render.SecurityPolicy;
import org.subtext.render.SitemapWriter;
import org.subtext.render.SocialCard;
import org.subtext.render.StaticAssets;
import org.subtext.source.AssetFile;
import org.subtext.source.ContentLoader;
import org.subtext.source.ContentSources;
import org.subtext.source.SourceFile;
import org.subtext.view.PageAssets;
import org.subtext.view.PageModel;
import org.subtext.view.StaticFile;
import org.subtext.view.Urls;
import org.subtext.view.ViewBuilder;

/**
 * The one place where the stage order is written: load, parse, graph, views, render, check links,
 * and (for {@link #build}) write. Any error stops the build before anything is written.
 */
public final class SiteBuilder {

    private final Progress progress;
    private final BuildCache cache;

    public SiteBuilder() {
        this(Progress.NONE, null);
    }

    public SiteBuilder(Progress progress) {
        this(progress, null);
    }

    /** @param cache what the previous build of a live preview left to reuse, or null for a fresh build */
    public SiteBuilder(Progress progress, BuildCache cache) {
        this.progress = progress;
        this.cache = cache;
    }

    /** Renders the whole site in memory and checks it; writes nothing. */
    public BuildResult render(BuildOptions options) {
        return run(options, null, true, null, null);
    }

    /**
     * Validates the whole site as {@link #build} would, links and anchors included, keeping no file:
     * for CI, where only the verdict matters, so social cards are counted but not drawn.
     */
    public BuildResult check(BuildOptions options) {
        return run(options, null, false, null, null);
    }

    /**
     * Renders and checks the site, writing each file into a staging folder as soon as it is made, and
     * on success swaps that folder in for the output folder; on any error the output stays as it was.
     * What the last build into the same folder recorded ({@link BuildRecord}) spares work that a change
     * does not reach.
     */
    public BuildResult build(BuildOptions options) throws IOException {
        Incremental incremental = cache == null ? new Incremental(options.out()) : null;
        Path trash = CacheFolder.of(options.out()).resolve("old");
        try (SiteWriter.Staging staging = new SiteWriter(trash).stage(options.out())) {
            // staging took the site the last build replaced out of the trash to write into; any other
            // there is deleted now, while this build reads and parses, instead of at the end of the last
            Aside.run(() -> SiteWriter.emptyTrash(trash));
            CardCache cards = new CardCache(options.out());
            BuildResult result = run(options, staging, true, cards, incremental);
            if (result.ok()) {
                BuildRecord.forget(options.out());
                staging.commit(() -> {
                    cards.prune();
                    if (incremental != null && incremental.graph != null) {
                        try {
                            BuildRecord.write(options.out(), Aside.join(incremental.frontKey), incremental.graph,
                                    incremental.renders, incremental.scans, incremental.cards, incremental.paths);
                        } catch (IOException | UncheckedIOException e) {
                            // the site is whole; only the next build's shortcut is lost
                        }
                    }
                });
                result.timings().lap("write");
            }
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A {@code build}'s share in {@link BuildRecord}: the last record, read on a spare core while the
     * content loads, and what this build hands to the next record.
     */
    private static final class Incremental {
        final Path site;
        final CompletableFuture<BuildRecord> last;
        CompletableFuture<String> frontKey;
        BuildRecord.Renders renders;
        ContentGraph graph;
        Queue<LinkChecker.PageScan> scans;
        Set<String> paths;
        /** Social cards by path: the name each has in the card cache. */
        final Map<String, String> cards = new ConcurrentHashMap<>();

        Incremental(Path out) {
            this.site = out.toAbsolutePath().normalize();
            this.last = Aside.supply(() -> BuildRecord.read(out));
        }
    }

    private BuildResult run(BuildOptions options, SiteWriter.Staging staging, boolean drawCards, CardCache cards,
                            Incremental incremental) {
        Prepared prepared = cache == null ? prepare(options.templates())
                : cache.prepared(options.templates(), () -> prepare(options.templates()));
        CompletableFuture<PebbleRenderer> templates = prepared.templates();
        CompletableFuture<StaticAssets> statics = prepared.statics();
        Timings timings = new Timings();
        Diagnostics diagnostics = new Diagnostics();
        FrontMatterParser parser = new FrontMatterParser();
        // a live preview keeps the texts, to tell what a save changed; a build parses each explainer as it is read
        ParsedExplainers onRead = cache == null ? new ParsedExplainers(parser, diagnostics, incremental != null) : null;
        ContentSources sources = cache != null ? new ContentLoader(diagnostics, cache.sources).load(options.content())
                : new ContentLoader(diagnostics, null, onRead).load(options.content());
        timings.lap("load");
        Content content = parse(sources, parser, onRead, options, diagnostics);
        timings.lap("parse");
        if (content == null) {
            return new BuildResult(List.of(), diagnostics.sorted(), 0, timings);
        }
        MarkdownRenderer markdown = cache == null ? new MarkdownRenderer(content.site().basePath())
                : cache.markdown(content.site().basePath());
        if (incremental != null) {
            // hashed on a core of its own while the graph is made: it is needed only after
            ContentSources read = sources;
            incremental.frontKey = Aside.supply(() -> BuildRecord.frontKey(read, onRead, options,
                    BuildCache.fingerprintOrNull(options.templates())));
            incremental.renders = incremental.last.join().renders(sources, onRead, content.site().basePath());
        }
        // the files' texts are parsed and fingerprinted: let them go before the site's worth of pages is made
        sources = null;
        ContentGraph graph = new GraphBuilder(markdown, diagnostics, cache == null ? null : cache.graph,
                incremental == null ? null : incremental.renders).build(content, options.drafts());
        if (options.strict()) {
            diagnostics.promoteWarnings();
        }
        timings.lap("graph");
        if (diagnostics.hasErrors()) {
            return new BuildResult(List.of(), diagnostics.sorted(), 0, timings);
        }
        LinkChecker links = new LinkChecker(content.site().basePath(), cache != null ? cache.scans
                : incremental != null ? incremental.last.join().lastCheck() : null);
        Output output = new Output(staging, links, cache);
        GraphChange bodiesOnly = cache != null ? cache.changeSince(graph)
                : incremental != null ? incremental.last.join().changeTo(Aside.join(incremental.frontKey), graph) : null;
        int pages = renderPages(graph, bodiesOnly, options, templates.join(), statics, output, diagnostics, timings,
                incremental);
        timings.lap("render");
        if (diagnostics.hasErrors()) {
            return new BuildResult(List.of(), diagnostics.sorted(), 0, timings);
        }
        socialCards(graph, bodiesOnly, output, drawCards, staging == null ? null : cards, incremental);
        if (cache != null) {
            // only now are all the pages and files of this graph made, for the next build to start from
            cache.drew(graph);
        }
        timings.lap("cards");
        links.check(output.paths, output.scans, diagnostics);
        if (incremental != null) {
            incremental.graph = graph;
            incremental.scans = output.scans;
            incremental.paths = output.paths;
        }
        timings.lap("check");
        List<OutputFile> files = new ArrayList<>(output.kept);
        files.sort(Comparator.comparing(OutputFile::path));
        return new BuildResult(diagnostics.hasErrors() ? List.of() : files, diagnostics.sorted(), pages, timings,
                content.site().basePath(), output.paths.size());
    }

    /**
     * Templates compiled, and static files minified and hashed, on a spare core while the content is
     * read: a fifth of a small site's build.
     */
    private static Prepared prepare(Path templatesDir) {
        Executor aside = Aside::run;
        return new Prepared(CompletableFuture.supplyAsync(
                () -> new PebbleRenderer(templatesDir).compileAll(templatesDir), aside),
                CompletableFuture.supplyAsync(() -> {
                    try {
                        return new StaticAssets(templatesDir);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, aside));
    }

    /**
     * Where made files go, from any thread: each page is scanned for the link check, then written to
     * the staging folder (a build) or kept in memory (check and the live preview).
     */
    private static final class Output {
        final Set<String> paths = ConcurrentHashMap.newKeySet();
        final Queue<LinkChecker.PageScan> scans = new ConcurrentLinkedQueue<>();
        final Queue<OutputFile> kept = new ConcurrentLinkedQueue<>();
        private final SiteWriter.Staging staging;
        private final LinkChecker links;
        private final BuildCache cache;

        Output(SiteWriter.Staging staging, LinkChecker links, BuildCache cache) {
            this.staging = staging;
            this.links = links;
            this.cache = cache;
        }

        void page(String path, byte[] html, String origin) {
            LinkChecker.PageScan scan = links.scan(path, origin, html);
            OutputFile file = new OutputFile(path, html, null, origin);
            scans.add(scan);
            add(file);
            if (cache != null) {
                cache.drewPage(file, scan);
            }
        }

        /** A page exactly as the last build made it. */
        void same(BuildCache.Drawn drawn) {
            scans.add(drawn.scan());
            add(drawn.file());
        }

        void add(OutputFile file) {
            paths.add(file.path());
            if (staging == null) {
                kept.add(file);
                return;
            }
            try {
                staging.put(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The og:image of each explainer, drawn on all cores; a preview redraws only cards whose text
     * changed, and a build copies the cards earlier builds drew ({@link CardCache}).
     */
    private void socialCards(ContentGraph graph, GraphChange bodiesOnly, Output output, boolean draw,
                             CardCache stored, Incremental incremental) {
        if (bodiesOnly != null && draw && cache != null && cache.lastCards() != null) {
            // drawn from front matter alone: a prose-only save keeps every card
            cache.lastCards().forEach(output::add);
            return;
        }
        Queue<OutputFile> made = new ConcurrentLinkedQueue<>();
        Parallel.forEach(graph.explainers(), rendered -> {
            Explainer e = rendered.explainer();
            String path = Urls.socialCard(e.slug());
            if (!draw) {
                output.paths.add(path);
                return;
            }
            SocialCard.Text text = new SocialCard.Text(e.title(), e.section(),
                    e.updated() != null ? "Updated " + e.updated().display() : e.published().display(),
                    graph.site().title());
            Path drawn = stored == null ? null : stored.find(text);
            if (incremental != null) {
                // the card the last build put in the site, while it is still that file: a link, not a copy
                String name = CardCache.name(text);
                incremental.cards.put(path, name);
                Path kept = drawn == null ? null : incremental.last.join().card(path, name, incremental.site);
                if (kept != null) {
                    OutputFile same = OutputFile.unchanged(path, kept, null);
                    made.add(same);
                    output.add(same);
                    return;
                }
            }
            if (drawn != null) {
                // the cache writes each card once, under a new name, so a link is as safe as a copy
                OutputFile copy = OutputFile.unchanged(path, drawn, null);
                made.add(copy);
                output.add(copy);
                return;
            }
            byte[] png = cache == null ? SocialCard.png(text) : cache.card(path, text, () -> SocialCard.png(text));
            if (stored != null) {
                stored.store(text, png);
            }
            OutputFile card = new OutputFile(path, png, null, null);
            made.add(card);
            output.add(card);
        });
        if (cache != null && draw) {
            cache.drewCards(List.copyOf(made));
        }
    }

    /**
     * A file drawn from front matter alone: the previous build's after a prose-only change, or while
     * what it is made from is equal; else written afresh.
     */
    private OutputFile generated(String path, GraphChange bodiesOnly, Supplier<Object> input, Supplier<String> write) {
        if (cache == null) {
            return OutputFile.text(path, write.get(), null);
        }
        OutputFile kept = bodiesOnly == null ? null : cache.lastGenerated(path);
        return kept != null ? kept : cache.generated(path, input.get(), () -> OutputFile.text(path, write.get(), null));
    }

    /** The page as the last {@code build} wrote it, while its file is still the one written. */
    private static BuildCache.Drawn lastBuilt(PageModel page, Incremental incremental) {
        BuildRecord.Page built = incremental.last.join().page(page.path(), incremental.site);
        return built == null ? null : new BuildCache.Drawn(
                OutputFile.unchanged(page.path(), incremental.site.resolve(page.path()), page.origin()), built.scan());
    }

    /** Every page's URL, with its last change for explainers. */
    private static Map<String, String> sitemap(ContentGraph graph, List<PageModel> pages) {
        Map<String, String> sitemap = new TreeMap<>();
        for (PageModel page : pages) {
            if (!page.path().equals("404.html")) {
                String path = page.path();
                sitemap.put(path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length())
                        : path, null);
            }
        }
        for (RenderedExplainer e : graph.explainers()) {
            Explainer explainer = e.explainer();
            sitemap.put("explainers/" + explainer.slug() + "/",
                    (explainer.updated() != null ? explainer.updated() : explainer.published()).iso());
        }
        return sitemap;
    }

    /**
     * Parses an explainer in a live preview, reusing the last parse while the file's text is the same;
     * a save that changed only the body keeps the front matter as parsed before (YAML is most of the
     * cost of a parse) under the new body.
     */
    private Explainer parseExplainer(FrontMatterParser parser, SourceFile file, Diagnostics diagnostics) {
        return cache.parsed.get(file.path(), file, diagnostics, sink -> frontMatterOnce(parser, file, sink));
    }

    private Explainer frontMatterOnce(FrontMatterParser parser, SourceFile file, Diagnostics diagnostics) {
        if (!(FrontMatterSplitter.split(file) instanceof FrontMatterSplitter.Ok ok)) {
            return parser.parseExplainer(file, diagnostics);
        }
        FrontMatterSplitter.Split split = ok.split();
        Explainer parsed = cache.frontMatter.get(file.path(),
                List.of(file.displayPath(), split.yaml(), split.yamlFirstLine(), split.bodyFirstLine()),
                diagnostics, sink -> parser.parseExplainer(file, sink));
        return parsed == null || parsed.body().equals(split.body()) ? parsed : parsed.withBody(split.body());
    }

    /** Parses a file, or reuses the previous build's result while the file's text is the same. */
    private <T> T parsed(SourceFile file, Diagnostics diagnostics, java.util.function.Function<Diagnostics, T> parse) {
        return cache == null ? parse.apply(diagnostics) : cache.parsed.get(file.path(), file, diagnostics, parse);
    }

    private static byte[] renderPage(PebbleRenderer renderer, String template, Object view) {
        try {
            return renderer.render(template, view);
        } catch (PebbleRenderer.TemplateException e) {
            throw new TemplateFailure(e);
        }
    }

    /** @param onRead the explainers parsed as they were read, or null where they are parsed here */
    private Content parse(ContentSources sources, FrontMatterParser parser, ParsedExplainers onRead,
                          BuildOptions options, Diagnostics diagnostics) {
        SiteConfig site = sources.siteConfig() == null ? null : parser.parseSite(sources.siteConfig(), diagnostics);
        if (site != null && options.baseUrl() != null) {
            site = site.withBaseUrl(options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/");
        }
        Set<String> unreadable = new TreeSet<>(sources.unreadable());
        // files parse independently, so on all cores; the order of the lists stays the files' order
        List<Explainer> parsedExplainers = onRead != null
                ? sources.explainers().stream().map(onRead::explainer).toList()
                : Parallel.map(sources.explainers(), file -> parseExplainer(parser, file, diagnostics));
        List<Actor> parsedActors = Parallel.map(sources.actors(),
                file -> parsed(file, diagnostics, sink -> parser.parseActor(file, sink)));
        List<Explainer> explainers = new ArrayList<>();
        for (int i = 0; i < parsedExplainers.size(); i++) {
            if (parsedExplainers.get(i) != null) {
                explainers.add(parsedExplainers.get(i));
            } else {
                unreadable.add(sources.explainers().get(i).stem());
            }
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < parsedActors.size(); i++) {
            if (parsedActors.get(i) != null) {
                actors.add(parsedActors.get(i));
            } else {
                unreadable.add(sources.actors().get(i).stem());
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (SourceFile file : sources.events()) {
            events.addAll(parser.parseEvents(file, diagnostics));
        }
        if (site == null) {
            if (sources.siteConfig() != null && !diagnostics.hasErrors()) {
                diagnostics.error(SourcePosition.ofFile(sources.siteConfig().displayPath()), "site.yaml is unusable");
            }
            return null;
        }
        return new Content(site, explainers, actors, events, sources.assets(), unreadable);
    }

    /** Thrown out of a parallel render to stop it at a template's error. */
    private static final class TemplateFailure extends RuntimeException {
        final transient PebbleRenderer.TemplateException cause;

        TemplateFailure(PebbleRenderer.TemplateException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private int renderPages(ContentGraph graph, GraphChange bodiesOnly, BuildOptions options, PebbleRenderer renderer,
                            CompletableFuture<StaticAssets> prepared, Output output,
                            Diagnostics diagnostics, Timings timings, Incremental incremental) {
        StaticAssets statics;
        try {
            statics = prepared.join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof UncheckedIOException unreadable)) {
                throw e;
            }
            diagnostics.error(SourcePosition.ofFile(options.templates().toString()),
                    "cannot read the templates' static files: " + unreadable.getCause().getMessage());
            return 0;
        }
        if (!statics.has("style.css")) {
            diagnostics.error(SourcePosition.ofFile(options.templates().resolve("static/style.css").toString()),
                    "missing stylesheet: the templates folder needs static/style.css");
            return 0;
        }
        statics.files().forEach(output::add);
        Map<String, StaticFile> scripts = new TreeMap<>();
        for (String script : List.of("site.js", "search.js", "favicon.svg")) {
            if (statics.has(script)) {
                scripts.put(script, new StaticFile(statics.path(script), statics.integrity(script)));
            }
        }
        List<PageModel> pages = new ViewBuilder().build(graph, new PageAssets(statics.path("style.css"),
                statics.integrity("style.css"), SecurityPolicy.CSP), scripts);
        timings.lap("views");
        // feeds, the sitemap and the search index are drawn from the graph alone: a thread of their own
        // beside the pages, instead of a fifth of a second of one core after them at 10,000 explainers
        CompletableFuture<Void> derived = Aside.supply(() -> {
            derivedFiles(graph, pages, bodiesOnly, output);
            return null;
        });
        try {
            List<PageModel> toDraw = pages;
            if (bodiesOnly != null) {
                // a prose-only save: pages it cannot reach are taken as they were, file and scan
                toDraw = new ArrayList<>();
                for (PageModel page : pages) {
                    BuildCache.Drawn drawn = page.redrawnBy().test(bodiesOnly) ? null
                            : cache != null ? cache.drawn(page.path()) : lastBuilt(page, incremental);
                    if (drawn != null) {
                        output.same(drawn);
                    } else {
                        toDraw.add(page);
                    }
                }
            }
            AtomicInteger done = new AtomicInteger();
            int total = toDraw.size();
            // pages build their views, render, are scanned and are written independently (Pebble's engine
            // is shared and thread-safe): all cores, and neither view nor page is kept once written
            Parallel.forEach(toDraw, page -> {
                int n = done.incrementAndGet();
                if (n % 50 == 0) {
                    progress.update("render", n, total);
                }
                Object view = page.view();
                byte[] html = cache == null ? renderPage(renderer, page.template(), view)
                        : cache.page(page.path(), view, () -> renderPage(renderer, page.template(), view));
                output.page(page.path(), html, page.origin());
            });
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

    private void derivedFiles(ContentGraph graph, List<PageModel> pages, GraphChange bodiesOnly, Output output) {
        SitemapWriter sitemaps = new SitemapWriter();
        // feeds and the sitemap are drawn from front matter alone, so a prose-only save keeps them; else
        // each is written again only when what it is made from changed (records compare by identity first)
        Supplier<Object> feedInput = () -> List.of(graph.site(), graph.explainers());
        output.add(generated("feed.xml", bodiesOnly, feedInput, () -> new FeedWriter().atom(graph)));
        output.add(generated("feed.json", bodiesOnly, feedInput, () -> new JsonFeedWriter().write(graph)));
        output.add(generated("sitemap.xml", bodiesOnly, () -> List.of(graph.site(), sitemap(graph, pages)),
                () -> sitemaps.sitemap(graph.site(), sitemap(graph, pages))));
        SearchIndexWriter search = cache == null ? new SearchIndexWriter() : cache.search;
        output.add(cache == null ? new OutputFile("search-index.json", search.write(graph), null, null)
                : cache.generated("search-index.json", List.of(graph.site(), graph.explainers(), graph.actors()),
                        () -> new OutputFile("search-index.json", search.write(graph), null, null)));
        output.add(OutputFile.text("robots.txt", sitemaps.robots(graph.site()), null));
        output.add(OutputFile.text("_headers", SecurityPolicy.headersFile(), null));
        for (AssetFile asset : graph.assets()) {
            output.add(OutputFile.copy(asset.path(), asset.file()));
        }
    }
}
