package org.subtext.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.subtext.diag.DiagnosedCache;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.GraphChange;
import org.subtext.graph.MarkdownCache;
import org.subtext.output.LinkChecker;
import org.subtext.output.OutputFile;

/**
 * What a live preview keeps from one build to the next, so that a save redoes only the work it
 * affects: Markdown of unchanged files, pages whose view did not change, scans of unchanged pages,
 * social card images whose text did not change. Every reuse is keyed by the full input (records
 * compare by value), so a hit is never stale; the one shortcut, skipping the views of pages a
 * body-only change cannot reach, rests on {@link GraphChange}, and a test holds it to the output of
 * a clean build.
 */
public final class BuildCache {

    private record RenderedPage(Object view, String html) {
    }

    private record EncodedPage(String html, OutputFile file) {
    }

    private record DrawnCard(Object text, byte[] png) {
    }

    /** Parse results by file, valid while the file's text is the same. */
    final DiagnosedCache parsed = new DiagnosedCache();
    final MarkdownCache markdown = new MarkdownCache();
    final LinkChecker.ScanCache scans = new LinkChecker.ScanCache();
    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private final Map<String, EncodedPage> files = new ConcurrentHashMap<>();
    private final Map<String, DrawnCard> cards = new ConcurrentHashMap<>();
    private volatile String templatesFingerprint = "";
    private volatile ContentGraph lastGraph;

    /** Forgets rendered pages when any template changed since the last build. */
    void useTemplates(Path templatesDir) throws IOException {
        String fingerprint = fingerprint(templatesDir);
        if (!fingerprint.equals(templatesFingerprint)) {
            pages.clear();
            lastGraph = null;
            templatesFingerprint = fingerprint;
        }
    }

    /**
     * What changed since the last build that drew every page, or null when that is unknown or more
     * than bodies changed; until {@link #drew} confirms this build, the next one starts afresh.
     */
    GraphChange changeSince(ContentGraph graph) {
        GraphChange change = GraphChange.between(lastGraph, graph);
        lastGraph = null;
        return change;
    }

    /** Every page of {@code graph} is drawn and cached. */
    void drew(ContentGraph graph) {
        lastGraph = graph;
    }

    /** The page as the last build drew it, or null. */
    String previous(String path) {
        RenderedPage page = pages.get(path);
        return page == null ? null : page.html();
    }

    /** The page as a file, encoded once while its text stays the same. */
    OutputFile file(String path, String html, String origin) {
        EncodedPage previous = files.get(path);
        if (previous != null && previous.html().equals(html)) {
            return previous.file();
        }
        OutputFile file = OutputFile.text(path, html, origin);
        files.put(path, new EncodedPage(html, file));
        return file;
    }

    String page(String path, Object view, Supplier<String> render) {
        RenderedPage previous = pages.get(path);
        if (previous != null && previous.view().equals(view)) {
            return previous.html();
        }
        String html = render.get();
        pages.put(path, new RenderedPage(view, html));
        return html;
    }

    /** A social card image, redrawn only when its text changed. */
    byte[] card(String path, Object text, Supplier<byte[]> draw) {
        DrawnCard previous = cards.get(path);
        if (previous != null && previous.text().equals(text)) {
            return previous.png();
        }
        byte[] png = draw.get();
        cards.put(path, new DrawnCard(text, png));
        return png;
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
