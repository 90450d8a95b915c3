package org.subtext.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.subtext.diag.DiagnosedCache;
import org.subtext.diag.Diagnostics;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.GraphCache;
import org.subtext.graph.GraphChange;
import org.subtext.markdown.MarkdownRenderer;
import org.subtext.output.LinkChecker;
import org.subtext.output.OutputFile;
import org.subtext.search.SearchIndex;
import org.subtext.source.SourceCache;
import org.subtext.source.SourceFile;
import org.subtext.view.ViewBuilder;

/**
 * What a live preview keeps from one build to the next, so that a save redoes only the work it
 * affects: files unchanged on disk, parsed front matter, compiled templates, Markdown and derived
 * cross-references of unchanged files, pages whose view did not change, scans of unchanged pages,
 * search entries and social cards. Every reuse is keyed by the full input (records compare by
 * value, identity first), so a hit is never stale. The shortcuts that skip work without comparing
 * inputs rest on the watcher's reports ({@link SourceCache}) and on {@link GraphChange} (a
 * prose-only save cannot reach pages drawn from front matter), and IncrementalBuildTest holds them
 * to the output and diagnostics of a clean build.
 */
public final class PreviewCache implements Reuse {

    /** What a build made from {@code input} for one path, reused while the input stays equal. */
    private record Made<T>(Object input, T output) {
    }

    private final SourceCache sources = new SourceCache();
    /** Parse results by file, valid while the file's text is the same. */
    private final DiagnosedCache parsed = new DiagnosedCache();
    /** Explainers' parsed front matter by file, valid while its YAML and lines are the same. */
    private final DiagnosedCache frontMatter = new DiagnosedCache();
    private final GraphCache graph = new GraphCache();
    private final Map<String, SearchIndex> search = new ConcurrentHashMap<>();
    private final LinkChecker.ScanCache scans = new LinkChecker.ScanCache();
    /** Pages by path, from their view. */
    private final Map<String, Made<byte[]>> pages = new ConcurrentHashMap<>();
    /** Pages as the last build made them, in page order, for a prose-only save to take whole. */
    private volatile List<Drawn> drawnPages = List.of();
    /** Files made from the whole site (feeds, sitemap, search index), from what each is made of. */
    private final Map<String, Made<OutputFile>> generated = new ConcurrentHashMap<>();
    /** What views are made from, by key, from their input (see {@link ViewBuilder.Derived}). */
    private final Map<String, Made<Object>> derived = new ConcurrentHashMap<>();
    /** Social card images by path, from their text. */
    private final Map<String, Made<byte[]>> cards = new ConcurrentHashMap<>();
    private String templatesFingerprint = "";
    private Prepared templates;
    private volatile List<OutputFile> lastCards;
    private MarkdownRenderer markdown;
    private String markdownBasePath;
    /** What the watcher reported since the templates were last looked at. */
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();
    private volatile boolean watched;
    private Path templatesReal;
    private volatile ContentGraph lastGraph;

    /** A watcher reports changes from now on: see {@link SourceCache#watched}. */
    public void watched(java.util.Collection<Path> changed) {
        sources.watched(changed);
        reported.addAll(changed);
        watched = true;
    }

    /**
     * The templates as prepared for an earlier build while no file of the folder changed since (as
     * the watcher reports, or else as their contents show); otherwise prepared afresh, and every
     * rendered page is forgotten.
     */
    @Override
    public synchronized Prepared prepared(Path templatesDir, Supplier<Prepared> prepare) {
        boolean untouched = watched && templates != null && !templates.failed() && templatesReal != null
                && reported.stream().noneMatch(p -> p.startsWith(templatesReal) || templatesReal.startsWith(p));
        reported.clear();
        if (untouched) {
            // the watcher saw nothing change in the folder: no need to read it all again to know
            return templates;
        }
        try {
            templatesReal = templatesDir.toRealPath();
        } catch (IOException e) {
            templatesReal = null;
        }
        String fingerprint;
        try {
            fingerprint = fingerprint(templatesDir);
        } catch (IOException e) {
            fingerprint = null;
        }
        if (fingerprint == null || !fingerprint.equals(templatesFingerprint) || templates == null
                || templates.failed()) {
            pages.clear();
            lastGraph = null;
            templatesFingerprint = fingerprint == null ? "" : fingerprint;
            templates = prepare.get();
        }
        return templates;
    }

    @Override
    public SourceCache sources() {
        return sources;
    }

    @Override
    public <T> T parsed(SourceFile file, Diagnostics diagnostics, Function<Diagnostics, T> parse) {
        return parsed.get(file.path(), file, diagnostics, parse);
    }

    @Override
    public <T> T frontMatter(SourceFile file, Object key, Diagnostics diagnostics, Function<Diagnostics, T> parse) {
        return frontMatter.get(file.path(), key, diagnostics, parse);
    }

    @Override
    public GraphCache graph() {
        return graph;
    }

    @Override
    public LinkChecker.ScanCache scans() {
        return scans;
    }

    @Override
    public SearchIndex search(String prefix) {
        return search.computeIfAbsent(prefix, p -> SearchIndex.kept());
    }

    /** Until {@link #drew} confirms this build, the next one starts afresh. */
    @Override
    public GraphChange changeSince(ContentGraph graph) {
        GraphChange change = GraphChange.between(lastGraph, graph);
        lastGraph = null;
        return change;
    }

    @Override
    public void drew(ContentGraph graph) {
        lastGraph = graph;
    }

    @Override
    public List<Drawn> drawnPages() {
        return drawnPages;
    }

    @Override
    public void drewPages(List<Drawn> pages) {
        drawnPages = pages;
    }

    @Override
    public byte[] page(String path, Object view, Supplier<byte[]> render) {
        return reuse(pages, path, view, render);
    }

    @Override
    public OutputFile generated(String path, Supplier<Object> input, Supplier<OutputFile> make) {
        return reuse(generated, path, input.get(), make);
    }

    /** Kept while the base path is: its Flexmark options take a while to build. */
    @Override
    public synchronized MarkdownRenderer markdown(String basePath) {
        if (markdown == null || !markdownBasePath.equals(basePath)) {
            markdown = new MarkdownRenderer(basePath);
            markdownBasePath = basePath;
        }
        return markdown;
    }

    @Override
    public List<OutputFile> lastCards() {
        return lastCards;
    }

    @Override
    public void drewCards(List<OutputFile> cards) {
        lastCards = cards;
    }

    @Override
    public OutputFile lastGenerated(String path) {
        Made<OutputFile> made = generated.get(path);
        return made == null ? null : made.output();
    }

    @Override
    public byte[] card(String path, Object text, Supplier<byte[]> draw) {
        return reuse(cards, path, text, draw);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, Object input, Supplier<T> make) {
        return (T) reuse(derived, key, input, make::get);
    }

    private static <T> T reuse(Map<String, Made<T>> made, String path, Object input, Supplier<T> make) {
        Made<T> previous = made.get(path);
        if (previous != null && previous.input().equals(input)) {
            return previous.output();
        }
        T output = make.get();
        made.put(path, new Made<>(input, output));
        return output;
    }

    private static String fingerprint(Path templatesDir) throws IOException {
        try (Stream<Path> walk = Files.walk(templatesDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(templatesDir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
