package org.subtext.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.subtext.pipeline.BuildOptions;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.GraphBuilder;
import org.subtext.graph.PageAnchors;
import org.subtext.graph.RenderedExplainer;
import org.subtext.markdown.LinkIndex;
import org.subtext.markdown.LinkTarget;
import org.subtext.markdown.MarkdownRenderer;
import org.subtext.model.Content;
import org.subtext.model.Explainer;
import org.subtext.render.PebbleRenderer;
import org.subtext.render.StaticAssets;
import org.subtext.render.SecurityPolicy;
import org.subtext.source.ContentLoader;
import org.subtext.source.ContentSources;
import org.subtext.source.SourceFile;
import org.subtext.view.PageAssets;
import org.subtext.view.PageModel;
import org.subtext.view.StaticFile;
import org.subtext.view.ViewBuilder;

/**
 * The three hot paths of a build, one file or page each, on the sample site's lead explainer (its
 * largest: 45 KB of page): front matter parsing, Markdown rendering (Flexmark and the sanitizer),
 * and one page (its view built, then rendered by Pebble). Run with the bench profile, in Maven's JVM
 * (no fork, as exec:java gives no class path a forked JVM could use):
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench.main=org.openjdk.jmh.Main -Dexec.args="HotPathsMicroBenchmark -f 0"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathsMicroBenchmark {

    private static final String LEAD = "russia-ready-for-talks";

    private SourceFile file;
    private Explainer explainer;
    private MarkdownRenderer markdown;
    private PebbleRenderer pebble;
    private PageModel page;
    private PebbleRenderer.TemplateWords words;
    private LinkIndex links;
    private final FrontMatterParser parser = new FrontMatterParser();

    @Setup
    public void load() throws IOException {
        Path content = Path.of("content");
        Path templates = Path.of("templates");
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(diagnostics);
        ContentSources sources = loader.load(content);
        List<SourceFile> explainers = sources.explainers().stream().map(loader::read).toList();
        file = explainers.stream().filter(f -> f.stem().equals(LEAD)).findFirst().orElseThrow();
        explainer = parser.parseExplainer(file, diagnostics);
        markdown = new MarkdownRenderer("/");
        BuildOptions options = new BuildOptions(content, templates, null, false, null);
        Content site = new Content(parser.parseSite(sources.siteConfig(), diagnostics),
                explainers.stream().map(f -> parser.parseExplainer(f, diagnostics)).toList(),
                sources.actors().stream().map(f -> parser.parseActor(f, diagnostics)).toList(),
                sources.events().stream().flatMap(f -> parser.parseEvents(f, diagnostics).stream()).toList(),
                sources.assets(), java.util.Set.of());
        ContentGraph graph = new GraphBuilder(markdown, diagnostics).build(site, options.drafts());
        // the index the graph stage resolves wikilinks with: every actor and explainer, claims as anchors
        java.util.Map<String, LinkTarget> targets = new java.util.HashMap<>();
        site.actors().forEach(a -> targets.put(a.id(), new LinkTarget(a.id(), "actors/" + a.id() + "/", a.name(),
                java.util.Set.of())));
        site.explainers().forEach(e -> targets.put(e.slug(), new LinkTarget(e.slug(), "explainers/" + e.slug() + "/",
                e.title(), e.claims().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()))));
        links = new LinkIndex(targets, java.util.Set.of(), java.util.Set.of());
        StaticAssets statics = new StaticAssets(templates);
        pebble = new PebbleRenderer(templates).compileAll(templates);
        List<PageModel> pages = new ViewBuilder().build(org.subtext.graph.Editions.of(graph).get(0), new PageAssets(statics.path("pages.css"),
                statics.integrity("pages.css"), SecurityPolicy.CSP), java.util.Map.of("site.js",
                new StaticFile(statics.path("site.js"), statics.integrity("site.js"))),
                new org.subtext.render.MessageFiles(templates, java.util.Map.of()).words("en"),
                org.subtext.view.Alternates.NONE);
        words = PebbleRenderer.TemplateWords.of(pages.get(0).words().words());
        page = pages.stream().filter(p -> p.path().equals("explainers/" + LEAD + "/index.html")).findFirst()
                .orElseThrow();
        if (diagnostics.hasErrors() || graph.explainers().stream().map(RenderedExplainer::slug).noneMatch(LEAD::equals)) {
            throw new IllegalStateException("the sample site does not build: " + diagnostics.sorted());
        }
    }

    @Benchmark
    public Explainer parseFrontMatter() {
        return parser.parseExplainer(file, new Diagnostics());
    }

    @Benchmark
    public Object renderMarkdown() {
        return markdown.renderBody(explainer.body(), new SourcePosition(explainer.file(), explainer.bodyFirstLine(), 1),
                links, PageAnchors.reservedFor(explainer), new Diagnostics());
    }

    @Benchmark
    public byte[] renderPage() throws PebbleRenderer.TemplateException {
        return pebble.render(page.template(), page.view(), words);
    }
}
