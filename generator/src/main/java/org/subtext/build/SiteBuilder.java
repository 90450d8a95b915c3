package org.subtext.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.GraphBuilder;
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
        Timings timings = new Timings();
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = new ContentLoader(diagnostics).load(options.content());
        timings.lap("load");
        Content content = parse(sources, options, diagnostics);
        timings.lap("parse");
        if (content == null) {
            return new BuildResult(List.of(), diagnostics.sorted(), 0, timings);
        }
        MarkdownRenderer markdown = new MarkdownRenderer(content.site().basePath());
        ContentGraph graph = new GraphBuilder(markdown, diagnostics, cache == null ? null : cache.markdown)
                .build(content, options.drafts());
        if (options.strict()) {
            diagnostics.promoteWarnings();
        }
        timings.lap("graph");
        if (diagnostics.hasErrors()) {
            return new BuildResult(List.of(), diagnostics.sorted(), 0, timings);
        }
        List<OutputFile> files = new ArrayList<>();
        int pages = renderPages(graph, options, files, diagnostics);
        timings.lap("render");
        if (diagnostics.hasErrors()) {
            return new BuildResult(List.of(), diagnostics.sorted(), 0, timings);
        }
        files.addAll(socialCards(graph));
        timings.lap("cards");
        new LinkChecker(content.site().basePath(), cache == null ? null : cache.scans).check(files, diagnostics);
        timings.lap("check");
        files.sort(Comparator.comparing(OutputFile::path));
        return new BuildResult(diagnostics.hasErrors() ? List.of() : files, diagnostics.sorted(), pages, timings,
                content.site().basePath());
    }

    /** Renders, checks, and on success replaces the output folder with the new site. */
    public BuildResult build(BuildOptions options) throws IOException {
        BuildResult result = render(options);
        if (result.ok()) {
            new SiteWriter().write(options.out(), result.files());
            result.timings().lap("write");
        }
        return result;
    }

    /** The og:image of each explainer, drawn on all cores; a preview redraws only cards whose text changed. */
    private List<OutputFile> socialCards(ContentGraph graph) {
        return graph.explainers().parallelStream().map(rendered -> {
            Explainer e = rendered.explainer();
            SocialCard.Text text = new SocialCard.Text(e.title(), e.section(),
                    e.updated() != null ? "Updated " + e.updated().display() : e.published().display(),
                    graph.site().title());
            String path = Urls.socialCard(e.slug());
            byte[] png = cache == null ? SocialCard.png(text) : cache.card(path, text, () -> SocialCard.png(text));
            return new OutputFile(path, png, null, null);
        }).toList();
    }

    /** Parses a file, or reuses the previous build's result while the file's text is the same. */
    private <T> T parsed(SourceFile file, Diagnostics diagnostics, java.util.function.Function<Diagnostics, T> parse) {
        return cache == null ? parse.apply(diagnostics) : cache.parsed.get(file.path(), file, diagnostics, parse);
    }

    private static String renderPage(PebbleRenderer renderer, PageModel page) {
        try {
            return renderer.render(page.template(), page.view());
        } catch (PebbleRenderer.TemplateException e) {
            throw new TemplateFailure(e);
        }
    }

    private Content parse(ContentSources sources, BuildOptions options, Diagnostics diagnostics) {
        FrontMatterParser parser = new FrontMatterParser();
        SiteConfig site = sources.siteConfig() == null ? null : parser.parseSite(sources.siteConfig(), diagnostics);
        if (site != null && options.baseUrl() != null) {
            site = site.withBaseUrl(options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/");
        }
        Set<String> unreadable = new TreeSet<>(sources.unreadable());
        // files parse independently, so on all cores; the order of the lists stays the files' order
        List<Explainer> parsedExplainers = sources.explainers().parallelStream()
                .map(file -> parsed(file, diagnostics, sink -> parser.parseExplainer(file, sink))).toList();
        List<Actor> parsedActors = sources.actors().parallelStream()
                .map(file -> parsed(file, diagnostics, sink -> parser.parseActor(file, sink))).toList();
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

    private int renderPages(ContentGraph graph, BuildOptions options, List<OutputFile> files,
                            Diagnostics diagnostics) {
        StaticAssets statics;
        try {
            statics = new StaticAssets(options.templates());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile(options.templates().toString()),
                    "cannot read the templates' static files: " + e.getMessage());
            return 0;
        }
        if (!statics.has("style.css")) {
            diagnostics.error(SourcePosition.ofFile(options.templates().resolve("static/style.css").toString()),
                    "missing stylesheet: the templates folder needs static/style.css");
            return 0;
        }
        files.addAll(statics.files());
        PebbleRenderer renderer = new PebbleRenderer(options.templates());
        Map<String, StaticFile> scripts = new TreeMap<>();
        for (String script : List.of("site.js", "search.js", "favicon.svg")) {
            if (statics.has(script)) {
                scripts.put(script, new StaticFile(statics.path(script), statics.integrity(script)));
            }
        }
        List<PageModel> pages = new ViewBuilder().build(graph, new PageAssets(statics.path("style.css"),
                statics.integrity("style.css"), SecurityPolicy.CSP), scripts);
        try {
            if (cache != null) {
                cache.useTemplates(options.templates());
            }
            AtomicInteger done = new AtomicInteger();
            // pages render independently (Pebble's engine is shared and thread-safe): all cores
            files.addAll(pages.parallelStream().map(page -> {
                int n = done.incrementAndGet();
                if (n % 50 == 0) {
                    progress.update("render", n, pages.size());
                }
                String html = cache == null ? renderPage(renderer, page)
                        : cache.page(page.path(), page.view(), () -> renderPage(renderer, page));
                return OutputFile.text(page.path(), html, page.origin());
            }).toList());
        } catch (TemplateFailure failure) {
            diagnostics.add(failure.cause.diagnostic());
            return 0;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.ofFile(options.templates().toString()),
                    "cannot read the templates: " + e.getMessage());
            return 0;
        }
        Map<String, String> sitemap = new TreeMap<>();
        for (PageModel page : pages) {
            if (!page.path().equals("404.html")) {
                sitemap.put(page.path().replaceFirst("index\\.html$", ""), null);
            }
        }
        for (RenderedExplainer e : graph.explainers()) {
            Explainer explainer = e.explainer();
            sitemap.put("explainers/" + explainer.slug() + "/",
                    (explainer.updated() != null ? explainer.updated() : explainer.published()).iso());
        }
        SitemapWriter sitemaps = new SitemapWriter();
        files.add(OutputFile.text("feed.xml", new FeedWriter().atom(graph), null));
        files.add(OutputFile.text("feed.json", new JsonFeedWriter().write(graph), null));
        files.add(OutputFile.text("search-index.json", new SearchIndexWriter().write(graph), null));
        files.add(OutputFile.text("sitemap.xml", sitemaps.sitemap(graph.site(), sitemap), null));
        files.add(OutputFile.text("robots.txt", sitemaps.robots(graph.site()), null));
        files.add(OutputFile.text("_headers", SecurityPolicy.headersFile(), null));
        for (AssetFile asset : graph.assets()) {
            files.add(OutputFile.copy(asset.path(), asset.file()));
        }
        return pages.size();
    }
}
