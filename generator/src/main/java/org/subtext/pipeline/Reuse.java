package org.subtext.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

/**
 * What one build may take from the last: everything a stage could reuse, asked for in one place.
 * {@code build} and {@code check} start from nothing ({@link #NONE}: every answer is "make it");
 * the live preview keeps its last build in memory ({@link PreviewCache}).
 */
interface Reuse extends org.subtext.view.ViewBuilder.Derived {

    Reuse NONE = new Reuse() {
    };

    /** A page as a build made it: its file and its scan. */
    record Drawn(OutputFile file, LinkChecker.PageScan scan) {
    }

    default Prepared prepared(Path templatesDir, Supplier<Prepared> prepare) {
        return prepare.get();
    }

    /** Files read before, for the loader; null where nothing is kept. */
    default SourceCache sources() {
        return null;
    }

    /** The result of parsing {@code file}, reused while its text is the same. */
    default <T> T parsed(SourceFile file, Diagnostics diagnostics, Function<Diagnostics, T> parse) {
        return parse.apply(diagnostics);
    }

    /**
     * An explainer's front matter parsed before, reused while everything but its body is the same;
     * {@code key} is that everything.
     */
    default <T> T frontMatter(SourceFile file, Object key, Diagnostics diagnostics, Function<Diagnostics, T> parse) {
        return parse.apply(diagnostics);
    }

    default MarkdownRenderer markdown(String basePath) {
        return new MarkdownRenderer(basePath);
    }

    /** Renders and derived cross-references of the last graph; null where nothing is kept. */
    default GraphCache graph() {
        return null;
    }

    /** Page scans of the last link check; null where nothing is kept. */
    default LinkChecker.ScanCache scans() {
        return null;
    }

    /** What changed since the last build that drew every page, or null when unknown or more than bodies. */
    default GraphChange changeSince(ContentGraph graph) {
        return null;
    }

    /**
     * The pages as the last build made them, in its page order; empty before the first, and null
     * where nothing is kept (then {@link #drewPages} is not called).
     */
    default List<Drawn> drawnPages() {
        return null;
    }

    /** Every page of this build, in page order, for the next to take from. */
    default void drewPages(List<Drawn> pages) {
    }

    /** The page's HTML, rendered again only when its view changed. */
    default byte[] page(String path, Object view, Supplier<byte[]> render) {
        return render.get();
    }

    /** A file made from the whole site, made again only when {@code input} changed. */
    default OutputFile generated(String path, Supplier<Object> input, Supplier<OutputFile> make) {
        return make.get();
    }

    /** The file as the last build made it, or null. */
    default OutputFile lastGenerated(String path) {
        return null;
    }

    /** The search index of the edition under {@code prefix}, whose documents it may keep between builds. */
    default SearchIndex search(String prefix) {
        return SearchIndex.once();
    }

    /** A social card image, drawn again only when its text changed. */
    default byte[] card(String path, Object text, Supplier<byte[]> draw) {
        return draw.get();
    }

    /** The social cards the last build drew, or null. */
    default List<OutputFile> lastCards() {
        return null;
    }

    default void drewCards(List<OutputFile> cards) {
    }

    /** Every page and file of {@code graph} is made, for the next build to start from. */
    default void drew(ContentGraph graph) {
    }
}
