package org.subtext.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.subtext.output.LinkChecker;
import org.subtext.output.OutputFile;
import org.subtext.output.SiteWriter;

/**
 * Where made files go, from any thread: each page is scanned for the link check, then written to
 * the staging folder ({@code build}) or kept in memory ({@code check} and the live preview).
 */
final class Output {

    final Set<String> paths;
    // lists behind a lock rather than linked queues, whose nodes cost more to copy out than the lock
    final List<LinkChecker.PageScan> scans = Collections.synchronizedList(new ArrayList<>());
    private final List<OutputFile> kept = Collections.synchronizedList(new ArrayList<>());
    private final SiteWriter.Staging staging;
    private final LinkChecker links;

    /**
     * @param staging  the folder a build writes into, or null to keep the files in memory
     * @param expected about how many files the site has: the set of paths is sized for them at once
     */
    Output(SiteWriter.Staging staging, LinkChecker links, int expected) {
        this.staging = staging;
        this.links = links;
        this.paths = ConcurrentHashMap.newKeySet(expected);
    }

    /** The page as made, with its scan marked as not fresh: how a later build would reuse it. */
    Reuse.Drawn page(String path, byte[] html, String origin) {
        LinkChecker.PageScan scan = links.scan(path, origin, html);
        OutputFile file = new OutputFile(path, html, null, origin);
        scans.add(scan);
        add(file);
        return new Reuse.Drawn(file, scan.reused());
    }

    /** A page exactly as the last build made it. */
    void same(Reuse.Drawn drawn) {
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

    /** A file that a {@code check} counts but does not make. */
    void count(String path) {
        paths.add(path);
    }

    /**
     * The files kept in memory, in the order they were made: their users look them up by path, and
     * sorting thousands of paths was a sixth of a live preview's rebuild.
     */
    List<OutputFile> kept() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }
}
