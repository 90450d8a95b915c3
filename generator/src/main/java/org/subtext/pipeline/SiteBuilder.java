package org.subtext.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.subtext.concurrent.Aside;
import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.frontmatter.FrontMatterSplitter;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.GraphBuilder;
import org.subtext.graph.RenderedExplainer;
import org.subtext.graph.ReviewDates;
import org.subtext.model.Actor;
import org.subtext.model.Author;
import org.subtext.model.Content;
import org.subtext.model.Explainer;
import org.subtext.model.Page;
import org.subtext.model.SiteConfig;
import org.subtext.model.TimelineEvent;
import org.subtext.output.LinkChecker;
import org.subtext.output.SiteWriter;
import org.subtext.output.WrittenLinkChecker;
import org.subtext.view.Urls;
import org.subtext.render.BuiltInTemplates;
import org.subtext.render.MessageFiles;
import org.subtext.render.PebbleRenderer;
import org.subtext.render.StaticAssets;
import org.subtext.source.ContentLoader;
import org.subtext.source.ContentSources;
import org.subtext.source.SourceFile;
import org.subtext.view.Urls;

/**
 * The one place where the stage order is written: load, parse, graph, render (views, pages, feeds,
 * cards), check links, and for {@link #build} write. Each stage is one method that takes what the
 * one before returned. Any error stops the build before anything is published.
 */
public final class SiteBuilder {

    private final Progress progress;
    private final Reuse reuse;

    public SiteBuilder() {
        this(Progress.NONE);
    }

    public SiteBuilder(Progress progress) {
        this.progress = progress;
        this.reuse = Reuse.NONE;
    }

    /** A live preview's builder: {@code cache} keeps each build for the next to reuse what a save did not reach. */
    public SiteBuilder(Progress progress, PreviewCache cache) {
        this.progress = progress;
        this.reuse = cache;
    }

    /** Renders the whole site in memory and checks it; writes nothing. */
    public BuildResult render(BuildOptions options) {
        return run(options, null, Cards.DRAW, null);
    }

    /**
     * Validates the whole site as {@link #build} would, links and anchors included, keeping no file:
     * for CI, where only the verdict matters, so social cards are counted but not drawn.
     */
    public BuildResult check(BuildOptions options) {
        return run(options, null, Cards.COUNT, null);
    }

    /**
     * Renders and checks the site, writing each file into a staging folder as soon as it is made, and
     * on success swaps that folder in for the output folder; on any error the output stays as it was.
     */
    public BuildResult build(BuildOptions options) throws IOException {
        Path trash = CacheFolder.of(options.out()).resolve("old");
        try (SiteWriter.Staging staging = new SiteWriter(trash).stage(options.out())) {
            // staging took the site the last build replaced out of the trash to write into; any other
            // there is deleted now, while this build reads and parses
            Aside.run(() -> SiteWriter.emptyTrash(trash));
            CardCache cards = new CardCache(options.out());
            BuildResult result = run(options, staging, Cards.DRAW, cards);
            if (result.ok()) {
                staging.commit(cards::prune);
                result.timings().lap("write");
            }
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether social cards are drawn, or only counted as files of the site. */
    enum Cards { DRAW, COUNT }

    /**
     * @param staging where a build writes, or null to keep files in memory
     * @param stored  the cards earlier builds drew, or null
     */
    private BuildResult run(BuildOptions options, SiteWriter.Staging staging, Cards cards, CardCache stored) {
        Timings timings = new Timings();
        Diagnostics diagnostics = new Diagnostics();
        Prepared templates = reuse.prepared(options.templates(), () -> prepare(options.templates()));

        ContentLoader loader = new ContentLoader(diagnostics, reuse.sources());
        ContentSources sources = loader.load(options.content());
        timings.lap("load");

        Content content = parse(sources, loader, options, diagnostics);
        timings.lap("parse");
        if (content == null) {
            return failed(diagnostics, timings);
        }

        ContentGraph graph = graph(content, options, diagnostics);
        timings.lap("graph");
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, timings);
        }

        String basePath = graph.site().basePath();
        LinkChecker links = new LinkChecker(basePath, reuse.scans());
        // a site has about a dozen files per explainer: its page, claim pages, card, search entry, ...
        Output output = new Output(staging, links, 12 * graph.explainers().size() + 256);
        SiteRenderer renderer = new SiteRenderer(reuse, progress, graph, reuse.changeSince(graph), output,
                options.drafts());
        int pages = renderer.pages(templates, options.templates(), diagnostics, timings);
        timings.lap("render");
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, timings);
        }
        renderer.socialCards(cards == Cards.DRAW, stored, templates.messages().join());
        reuse.drew(graph);
        timings.lap("cards");

        Set<String> reported = new WrittenLinkChecker(basePath).check(writtenUrls(graph), output.paths, diagnostics);
        links.check(output.paths, output.scans, reported, diagnostics);
        timings.lap("check");
        return new BuildResult(diagnostics.hasErrors() ? List.of() : output.kept(), diagnostics.sorted(), pages,
                timings, basePath, output.paths.size(), leftOutDrafts(content, options.drafts()));
    }

    /** Where each draft this build leaves out would be published, to its source file. */
    private static Map<String, String> leftOutDrafts(Content content, boolean drafts) {
        Map<String, String> leftOut = new HashMap<>();
        if (!drafts) {
            content.explainers().stream().filter(Explainer::draft)
                    .forEach(e -> leftOut.put(Urls.explainer(e.slug()), e.file()));
            content.pages().stream().filter(Page::draft).forEach(p -> leftOut.put(Urls.page(p.slug()), p.file()));
        }
        return leftOut;
    }

    /** The URLs written in the Markdown of each page that shows a body, with the page's folder. */
    private static List<WrittenLinkChecker.Page> writtenUrls(ContentGraph graph) {
        List<WrittenLinkChecker.Page> pages = new ArrayList<>();
        graph.explainers().forEach(e -> pages.add(new WrittenLinkChecker.Page(Urls.explainer(e.slug()), e.body().urls())));
        graph.actors().forEach(a -> pages.add(new WrittenLinkChecker.Page(Urls.actor(a.actor().id()), a.body().urls())));
        graph.authors().forEach(a -> pages.add(new WrittenLinkChecker.Page(Urls.author(a.author().id()),
                a.body().urls())));
        graph.pages().forEach(p -> pages.add(new WrittenLinkChecker.Page(Urls.page(p.page().slug()), p.body().urls())));
        return pages;
    }

    private static BuildResult failed(Diagnostics diagnostics, Timings timings) {
        return new BuildResult(List.of(), diagnostics.sorted(), 0, timings);
    }

    /**
     * Templates compiled, and static files minified and hashed, on a spare core while the content is
     * read; the project's templates folder over the set built into Subtext.
     */
    private static Prepared prepare(Path templatesDir) {
        Executor aside = Aside::run;
        CompletableFuture<Map<String, byte[]>> builtIn = CompletableFuture.supplyAsync(BuiltInTemplates::files, aside);
        return new Prepared(builtIn.thenApplyAsync(
                files -> new PebbleRenderer(templatesDir, files).compileAll(templatesDir), aside),
                builtIn.thenApplyAsync(files -> {
                    try {
                        return new StaticAssets(templatesDir, files);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, aside),
                builtIn.thenApply(files -> new MessageFiles(templatesDir, files)));
    }

    /**
     * The parse stage: site.yaml, then every explainer read and parsed on one core (so that a site's
     * worth of texts never outlives the young generation), actors, authors, pages and events. Null
     * when the site cannot be built at all.
     */
    private Content parse(ContentSources sources, ContentLoader loader, BuildOptions options, Diagnostics diagnostics) {
        FrontMatterParser parser = new FrontMatterParser();
        SiteConfig site = sources.siteConfig() == null ? null : parser.parseSite(sources.siteConfig(), diagnostics);
        if (site != null && options.baseUrl() != null) {
            site = site.withBaseUrl(options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/");
        }
        Set<String> unreadable = new TreeSet<>(sources.unreadable());
        List<Explainer> parsedExplainers = Parallel.map(sources.explainers(), unread -> {
            SourceFile file = loader.read(unread);
            return file == null ? null : reuse.parsed(file, diagnostics, sink -> parseExplainer(parser, file, sink));
        });
        List<Explainer> explainers = readable(parsedExplainers, i -> sources.explainers().get(i).stem(), unreadable);
        List<Actor> actors = parseAll(sources.actors(), unreadable, diagnostics, parser::parseActor);
        List<Author> authors = parseAll(sources.authors(), unreadable, diagnostics, parser::parseAuthor);
        List<Page> pages = parseAll(sources.pages(), unreadable, diagnostics, parser::parsePage);
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
        return new Content(site, explainers, actors, authors, pages, events, sources.assets(), unreadable);
    }

    /** Parses small files on all cores, in order; the stems of those that fail go to {@code unreadable}. */
    private <T> List<T> parseAll(List<SourceFile> files, Set<String> unreadable, Diagnostics diagnostics,
                                 BiFunction<SourceFile, Diagnostics, T> parse) {
        List<T> parsed = Parallel.map(files, file -> reuse.parsed(file, diagnostics, sink -> parse.apply(file, sink)));
        return readable(parsed, i -> files.get(i).stem(), unreadable);
    }

    /** The files parsed; the stems of those that could not be (reported) go to {@code unreadable}. */
    private static <T> List<T> readable(List<T> parsed, IntFunction<String> stem, Set<String> unreadable) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) != null) {
                kept.add(parsed.get(i));
            } else {
                unreadable.add(stem.apply(i));
            }
        }
        return kept;
    }

    /**
     * Splits the file once; a live preview keeps the front matter parsed before while all but the body
     * is the same (YAML is most of a parse), under the new body.
     */
    private Explainer parseExplainer(FrontMatterParser parser, SourceFile file, Diagnostics diagnostics) {
        FrontMatterSplitter.Result split = FrontMatterSplitter.split(file);
        if (!(split instanceof FrontMatterSplitter.Ok ok)) {
            return parser.parseExplainer(file, split, diagnostics);
        }
        FrontMatterSplitter.Split parts = ok.split();
        Explainer parsed = reuse.frontMatter(file,
                List.of(file.displayPath(), parts.yaml(), parts.yamlFirstLine(), parts.bodyFirstLine()),
                diagnostics, sink -> parser.parseExplainer(file, split, sink));
        return parsed == null || parsed.body().equals(parts.body()) ? parsed : parsed.withBody(parts.body());
    }

    /** The graph stage: references checked, Markdown rendered, backlinks, timeline and groupings derived. */
    private ContentGraph graph(Content content, BuildOptions options, Diagnostics diagnostics) {
        ContentGraph graph = new GraphBuilder(reuse.markdown(content.site().basePath()), diagnostics, reuse.graph())
                .build(content, options.drafts());
        if (options.asOf() != null) {
            // the graph's explainers are the ones this build publishes, drafts only with --drafts
            ReviewDates.warnOverdue(graph.explainers().stream().map(RenderedExplainer::explainer).toList(),
                    options.asOf(), diagnostics);
        }
        if (options.strict()) {
            diagnostics.promoteWarnings();
        }
        return graph;
    }
}
