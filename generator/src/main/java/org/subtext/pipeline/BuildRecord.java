package org.subtext.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.Severity;
import org.subtext.diag.SourcePosition;
import org.subtext.graph.Backlink;
import org.subtext.graph.ContentGraph;
import org.subtext.graph.GraphChange;
import org.subtext.graph.RenderStore;
import org.subtext.graph.RenderedExplainer;
import org.subtext.markdown.Html;
import org.subtext.markdown.LinkIndex;
import org.subtext.markdown.OutgoingLink;
import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Explainer;
import org.subtext.output.LinkChecker;
import org.subtext.source.AssetFile;
import org.subtext.source.ContentSources;
import org.subtext.source.SourceFile;

/**
 * What a {@code build} leaves for the next one, in .subtext-cache/build-&lt;output folder's name&gt;.bin
 * beside the output folder, so that a build after a small change redoes only what the change reaches,
 * as {@code serve} does in memory. Each build is a new process, so this is the only state that crosses
 * from one to the next:
 * <ul>
 * <li>each explainer's rendered Markdown and its diagnostics, under a fingerprint of its file, the link
 * index and the generator's code: Markdown is the costliest stage, and most files do not change;</li>
 * <li>a fingerprint of everything but explainers' bodies (front matter, actors, events, site.yaml,
 * templates, options, code), of each body, and of each page's backlinks: while only bodies changed, a
 * page no changed body reaches is the previous build's file, linked into the new site instead of
 * drawn;</li>
 * <li>each page's link scan, size and time: a reused page is still link-checked, and one that was
 * changed by hand since is drawn again;</li>
 * <li>every path the site had when its link check passed: while no path or anchor came or went, only
 * the links of redrawn pages are resolved again;</li>
 * <li>each social card's text and file: an unchanged card is linked from the last site, not copied
 * from the card cache.</li>
 * </ul>
 * A record that is missing, unreadable or of another format only means a full build. It is removed
 * before a build swaps its site in and written after, so it never describes a site that is not there.
 */
final class BuildRecord {

    private static final int FORMAT = 5;
    private static final int PAGES_PER_CHUNK = 512;
    /**
     * The generator's code: the jar's size and time, or each class file's under a classes folder (a
     * development build). Any change of the code makes every kept render and page stale.
     */
    private static final String CODE = codeVersion();
    private static final BuildRecord NONE = new BuildRecord(null, null, Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of(), Set.of());

    /** A page as the last build wrote it. */
    record Page(long size, long modified, LinkChecker.PageScan scan) {
    }

    /** A social card as the last build put it in the site, by its name in the card cache. */
    record Card(String name, long size, long modified) {
    }

    /** An explainer's rendered Markdown apart from its record, and what rendering it reported. */
    record Render(RenderedMarkdown body, Map<String, String> claimNotes, Map<String, String> layerReadings,
                  Map<String, String> eventTexts, List<Diagnostic> diagnostics) {
    }

    private final String frontKey;
    private final String naming;
    private final Map<String, String> bodies;
    private final Map<String, String> backlinks;
    private final Map<String, Render> renders;
    private final Map<String, Page> pages;
    private final Map<String, Card> cards;
    private final Set<String> paths;

    private BuildRecord(String frontKey, String naming, Map<String, String> bodies, Map<String, String> backlinks,
                        Map<String, Render> renders, Map<String, Page> pages, Map<String, Card> cards,
                        Set<String> paths) {
        this.cards = cards;
        this.paths = paths;
        this.frontKey = frontKey;
        this.naming = naming;
        this.bodies = bodies;
        this.backlinks = backlinks;
        this.renders = renders;
        this.pages = pages;
    }

    static Path file(Path out) {
        return CacheFolder.of(out).resolve("build-" + out.toAbsolutePath().normalize().getFileName() + ".bin");
    }

    /** The record of the last build into {@code out}, or an empty one. */
    static BuildRecord read(Path out) {
        Path file = file(out);
        if (CODE == null || !Files.isRegularFile(file)) {
            return NONE;
        }
        try (Reader in = new Reader(Files.newInputStream(file))) {
            return in.record();
        } catch (IOException | RuntimeException e) {
            // a record cut short or of another version: build in full, and write a good one after
            return NONE;
        }
    }

    /** Removes the record before the site it describes is replaced. */
    static void forget(Path out) {
        try {
            Files.deleteIfExists(file(out));
        } catch (IOException e) {
            // a record that cannot be removed is still checked page by page against the files
        }
    }

    /**
     * What changed since the last build, when only explainers' bodies did ({@code frontKey} equal),
     * else null: the same rule a live preview follows.
     */
    GraphChange changeTo(String key, ContentGraph graph) {
        if (frontKey == null || key == null || !frontKey.equals(key) || bodies.size() != graph.explainers().size()
                || !naming(graph).equals(naming)) {
            // a link to an actor from prose is a mention: it changes the actor's count on listings
            return null;
        }
        Set<String> changed = new TreeSet<>();
        for (RenderedExplainer e : graph.explainers()) {
            String was = bodies.get(e.slug());
            if (was == null) {
                return null;
            }
            if (!was.equals(bodyHash(e))) {
                changed.add(e.slug());
            }
        }
        Map<String, String> now = backlinkHashes(graph);
        Set<String> targets = new TreeSet<>(now.keySet());
        targets.addAll(backlinks.keySet());
        targets.removeIf(id -> Objects.equals(now.get(id), backlinks.get(id)));
        return new GraphChange(changed, targets);
    }

    /** The last build's page at {@code path}, while the file in {@code site} is still the one it wrote; else null. */
    Page page(String path, Path site) {
        Page page = pages.get(path);
        return page != null && intact(site.resolve(path), page.size(), page.modified()) ? page : null;
    }

    /**
     * What the last build's link check saw, which passed (a record is written only then), for this
     * build's check to start from; null when there is no record.
     */
    LinkChecker.ScanCache lastCheck() {
        if (paths.isEmpty()) {
            return null;
        }
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, page) -> ids.put(path, page.scan().ids()));
        return LinkChecker.ScanCache.passed(paths, ids);
    }

    /** The card the last build put at {@code path} in {@code site}, while it is that file and named {@code name}; else null. */
    Path card(String path, String name, Path site) {
        Card card = cards.get(path);
        Path file = site.resolve(path);
        return card != null && card.name().equals(name) && intact(file, card.size(), card.modified()) ? file : null;
    }

    private static boolean intact(Path file, long size, long modified) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == size
                    && attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified;
        } catch (IOException e) {
            return false;
        }
    }

    /** A store of renders that finds this record's and collects the ones the next record keeps. */
    Renders renders(ContentSources sources, ParsedExplainers parsed, String basePath) {
        return new Renders(renders, sources, parsed, basePath);
    }

    /**
     * A hash of everything a page can be drawn from except explainers' bodies, or null when an
     * explainer's front matter cannot be told from its body (the file is broken and reported).
     */
    static String frontKey(ContentSources sources, ParsedExplainers parsed, BuildOptions options, String templates) {
        if (CODE == null || templates == null) {
            return null;
        }
        Digest digest = new Digest().add(CODE).add(templates).add(String.valueOf(options.drafts()))
                .add(options.baseUrl()).add(String.valueOf(options.strict()));
        digest.add(sources.siteConfig() == null ? null : sources.siteConfig().text());
        for (SourceFile file : sources.explainers()) {
            String front = parsed.front(file);
            if (front == null) {
                return null;
            }
            digest.add(front);
        }
        for (List<SourceFile> files : List.of(sources.actors(), sources.events())) {
            digest.add(files.size());
            for (SourceFile file : files) {
                digest.add(file.displayPath()).add(file.text());
            }
        }
        digest.add(sources.assets().size());
        for (AssetFile asset : sources.assets()) {
            digest.add(asset.path());
        }
        digest.add(sources.unreadable().size());
        sources.unreadable().stream().sorted().forEach(digest::add);
        return digest.hex();
    }

    /**
     * Writes the record of a build whose site is now in {@code out}: {@code scans} are its pages', and
     * each page's size and time are read back from the site. It is the last thing a build does, with no
     * other work beside it, so the pages' half is written on the other cores into a file of its own and
     * appended.
     */
    static void write(Path out, String frontKey, ContentGraph graph, Renders renders,
                      Collection<LinkChecker.PageScan> scans, Map<String, String> cardNames, Set<String> paths)
            throws IOException {
        Path site = out.toAbsolutePath().normalize();
        Path file = file(out);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".build-", ".tmp");
        Path pagesTemp = Files.createTempFile(file.getParent(), ".build-", ".tmp");
        CompletableFuture<Void> pages = CompletableFuture.runAsync(() -> {
            try (Writer w = new Writer(Files.newOutputStream(pagesTemp))) {
                writePages(w, site, scans, cardNames, paths);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> new Thread(task, "subtext-record").start());
        try (Writer w = new Writer(Files.newOutputStream(temp))) {
            Map<String, String> bodies = new LinkedHashMap<>();
            graph.explainers().forEach(e -> bodies.put(e.slug(), bodyHash(e)));
            w.out.writeInt(FORMAT);
            w.string(CODE);
            w.string(frontKey);
            w.string(naming(graph));
            w.map(bodies);
            w.map(backlinkHashes(graph));
            w.out.writeInt(renders.next.size());
            for (Map.Entry<String, Render> entry : renders.next.entrySet()) {
                w.string(entry.getKey());
                w.render(entry.getValue());
            }
            try {
                pages.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
            try (InputStream pagesHalf = Files.newInputStream(pagesTemp)) {
                w.out.transferFrom(pagesHalf);
            }
        } catch (IOException | RuntimeException e) {
            pages.exceptionally(failure -> null).join();
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            Files.deleteIfExists(pagesTemp);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writePages(Writer w, Path site, Collection<LinkChecker.PageScan> scans,
                                   Map<String, String> cardNames, Set<String> paths) throws IOException {
        List<LinkChecker.PageScan> sorted = new ArrayList<>(scans);
        sorted.sort(java.util.Comparator.comparing(LinkChecker.PageScan::path));
        // pages share most of their links (the header's, the footer's): each string once, then numbers.
        // The link check gave equal strings one instance, so identity finds them, faster than equality
        // (an equal string that is another instance only costs a second entry)
        Map<String, Integer> table = new IdentityHashMap<>();
        List<String> strings = new ArrayList<>();
        for (LinkChecker.PageScan scan : sorted) {
            for (String id : scan.ids()) {
                number(id, table, strings);
            }
            for (String url : scan.urls()) {
                number(url, table, strings);
            }
        }
        w.strings(strings);
        w.out.writeInt(sorted.size());
        List<List<LinkChecker.PageScan>> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += PAGES_PER_CHUNK) {
            chunks.add(sorted.subList(from, Math.min(sorted.size(), from + PAGES_PER_CHUNK)));
        }
        // each page's numbers and its file's size and time, on all cores once the table is whole: on one
        // core this outlasted the record's other half by a third of a second at 10,000 explainers
        List<byte[]> written = Parallel.map(chunks, chunk -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            try (Writer part = new Writer(bytes)) {
                for (LinkChecker.PageScan scan : chunk) {
                    BasicFileAttributes attributes = Files.readAttributes(site.resolve(scan.path()),
                            BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    part.string(scan.path());
                    part.out.writeLong(attributes.size());
                    part.out.writeLong(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                    part.string(scan.origin());
                    part.numbers(scan.ids(), table);
                    part.strings(scan.duplicateIds());
                    part.numbers(scan.urls(), table);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
        for (byte[] chunk : written) {
            w.out.write(chunk);
        }
        w.out.writeInt(cardNames.size());
        for (Map.Entry<String, String> card : new java.util.TreeMap<>(cardNames).entrySet()) {
            BasicFileAttributes attributes = Files.readAttributes(site.resolve(card.getKey()),
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            w.string(card.getKey());
            w.string(card.getValue());
            w.out.writeLong(attributes.size());
            w.out.writeLong(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
        w.strings(new ArrayList<>(paths));
    }

    private static void number(String value, Map<String, Integer> table, List<String> strings) {
        if (table.putIfAbsent(value, strings.size()) == null) {
            strings.add(value);
        }
    }

    private static String bodyHash(RenderedExplainer e) {
        return Digest.of(e.explainer().body());
    }

    private static String naming(ContentGraph graph) {
        Digest digest = new Digest();
        graph.actorExplainers().forEach((actor, explainers) -> {
            digest.add(actor).add(explainers.size());
            explainers.forEach(digest::add);
        });
        return digest.hex();
    }

    private static Map<String, String> backlinkHashes(ContentGraph graph) {
        Map<String, String> hashes = new LinkedHashMap<>();
        graph.backlinks().forEach((target, links) -> {
            Digest digest = new Digest();
            for (Backlink link : links) {
                digest.add(link.fromSlug()).add(link.context());
            }
            hashes.put(target, digest.hex());
        });
        return hashes;
    }

    /**
     * Renders found by an explainer's file, the link index, the base path and the code; thread-safe.
     * {@code next} holds this build's renders, found or fresh, and only those: the record holds one
     * site's worth.
     */
    static final class Renders implements RenderStore {
        private final Map<String, Render> previous;
        // each explainer file's text as a fingerprint: the texts themselves are a site's worth of memory
        private final Map<String, String> texts = new HashMap<>();
        private final String basePath;
        private final Map<String, Render> next = new ConcurrentHashMap<>();
        private LinkIndex lastIndex;
        private String lastIndexKey;

        private Renders(Map<String, Render> previous, ContentSources sources, ParsedExplainers parsed,
                        String basePath) {
            this.previous = previous;
            this.basePath = basePath;
            for (SourceFile file : sources.explainers()) {
                texts.put(file.displayPath(), parsed.text(file));
            }
        }

        @Override
        public RenderedExplainer find(Explainer explainer, LinkIndex index, Diagnostics sink) {
            String key = key(explainer, index);
            Render render = key == null ? null : previous.get(key);
            if (render == null) {
                return null;
            }
            next.put(key, render);
            sink.addAll(render.diagnostics());
            return new RenderedExplainer(explainer, render.body(), render.claimNotes(), render.layerReadings(),
                    render.eventTexts());
        }

        @Override
        public void keep(Explainer explainer, LinkIndex index, RenderedExplainer rendered,
                         List<Diagnostic> diagnostics) {
            String key = key(explainer, index);
            if (key != null) {
                next.put(key, new Render(rendered.body(), rendered.claimNotes(), rendered.layerReadings(),
                        rendered.eventTexts(), List.copyOf(diagnostics)));
            }
        }

        private String key(Explainer explainer, LinkIndex index) {
            String text = texts.get(explainer.file());
            return CODE == null || text == null ? null
                    : Digest.of(CODE, basePath, indexKey(index), explainer.file(), text);
        }

        /** One build has one index: hashed once, not once per explainer. */
        private synchronized String indexKey(LinkIndex index) {
            if (index != lastIndex) {
                Digest digest = new Digest();
                index.describe(digest::add);
                lastIndexKey = digest.hex();
                lastIndex = index;
            }
            return lastIndexKey;
        }
    }

    private static String codeVersion() {
        try {
            Path code = Path.of(BuildRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Digest digest = new Digest();
            if (Files.isRegularFile(code)) {
                return digest.add(code.toString()).add(Files.size(code))
                        .add(Files.getLastModifiedTime(code).toMillis()).hex();
            }
            try (Stream<Path> walk = Files.walk(code)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.add(code.relativize(file).toString()).add(Files.size(file))
                            .add(Files.getLastModifiedTime(file).toMillis());
                }
            }
            return digest.hex();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static final class Writer implements AutoCloseable {
        final RecordOutput out;

        Writer(OutputStream stream) {
            out = new RecordOutput(stream);
        }

        void string(String value) throws IOException {
            if (value == null) {
                out.writeInt(-1);
                return;
            }
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        /** As {@link #string}, of text already in UTF-8. */
        void bytes(byte[] utf8) throws IOException {
            if (utf8 == null) {
                out.writeInt(-1);
                return;
            }
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        void strings(List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String value : values) {
                string(value);
            }
        }

        void numbers(Collection<String> values, Map<String, Integer> table) throws IOException {
            out.writeInt(values.size());
            for (String value : values) {
                out.writeInt(table.get(value));
            }
        }

        void map(Map<String, String> values) throws IOException {
            out.writeInt(values.size());
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(values).entrySet()) {
                string(entry.getKey());
                string(entry.getValue());
            }
        }

        void position(SourcePosition position) throws IOException {
            string(position.file());
            out.writeInt(position.line());
            out.writeInt(position.column());
        }

        void render(Render render) throws IOException {
            bytes(render.body().markup() == null ? null : render.body().markup().utf8());
            out.writeInt(render.body().links().size());
            for (OutgoingLink link : render.body().links()) {
                string(link.targetId());
                string(link.anchor());
                string(link.context());
                position(link.position());
            }
            out.writeInt(render.body().headings().size());
            for (RenderedMarkdown.Heading heading : render.body().headings()) {
                out.writeInt(heading.level());
                string(heading.id());
                string(heading.text());
            }
            map(render.claimNotes());
            map(render.layerReadings());
            map(render.eventTexts());
            out.writeInt(render.diagnostics().size());
            for (Diagnostic diagnostic : render.diagnostics()) {
                out.writeInt(diagnostic.severity().ordinal());
                position(diagnostic.position());
                string(diagnostic.message());
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class Reader implements AutoCloseable {
        private final RecordInput in;

        Reader(InputStream stream) {
            in = new RecordInput(stream);
        }

        BuildRecord record() throws IOException {
            if (in.readInt() != FORMAT || !Objects.equals(string(), CODE)) {
                return NONE;
            }
            String frontKey = string();
            String naming = string();
            Map<String, String> bodies = map();
            Map<String, String> backlinks = map();
            int renderCount = in.readInt();
            Map<String, Render> renders = new HashMap<>();
            for (int i = 0; i < renderCount; i++) {
                renders.put(string(), render());
            }
            List<String> table = strings();
            int pageCount = in.readInt();
            Map<String, Page> pages = new HashMap<>();
            for (int i = 0; i < pageCount; i++) {
                String path = string();
                long size = in.readLong();
                long modified = in.readLong();
                String origin = string();
                Set<String> ids = new HashSet<>(numbers(table));
                List<String> duplicates = strings();
                List<String> urls = numbers(table);
                pages.put(path, new Page(size, modified,
                        new LinkChecker.PageScan(path, origin, ids, duplicates, urls, false)));
            }
            int cardCount = in.readInt();
            Map<String, Card> cards = new HashMap<>();
            for (int i = 0; i < cardCount; i++) {
                cards.put(string(), new Card(string(), in.readLong(), in.readLong()));
            }
            Set<String> paths = new HashSet<>(strings());
            return new BuildRecord(frontKey, naming, bodies, backlinks, renders, pages, cards, paths);
        }

        String string() throws IOException {
            byte[] bytes = bytes();
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        byte[] bytes() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return bytes;
        }

        List<String> strings() throws IOException {
            int count = in.readInt();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }

        List<String> numbers(List<String> table) throws IOException {
            int count = in.readInt();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(table.get(in.readInt()));
            }
            return values;
        }

        Map<String, String> map() throws IOException {
            int count = in.readInt();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                values.put(string(), string());
            }
            return values;
        }

        SourcePosition position() throws IOException {
            return new SourcePosition(string(), in.readInt(), in.readInt());
        }

        Render render() throws IOException {
            byte[] html = bytes();
            int linkCount = in.readInt();
            List<OutgoingLink> links = new ArrayList<>(linkCount);
            for (int i = 0; i < linkCount; i++) {
                links.add(new OutgoingLink(string(), string(), string(), position()));
            }
            int headingCount = in.readInt();
            List<RenderedMarkdown.Heading> headings = new ArrayList<>(headingCount);
            for (int i = 0; i < headingCount; i++) {
                headings.add(new RenderedMarkdown.Heading(in.readInt(), string(), string()));
            }
            Map<String, String> notes = map();
            Map<String, String> readings = map();
            Map<String, String> texts = map();
            int diagnosticCount = in.readInt();
            List<Diagnostic> diagnostics = new ArrayList<>(diagnosticCount);
            for (int i = 0; i < diagnosticCount; i++) {
                Severity severity = Severity.values()[in.readInt()];
                diagnostics.add(new Diagnostic(severity, position(), string()));
            }
            RenderedMarkdown body = new RenderedMarkdown(html == null ? null : Html.ofUtf8(html), links, headings);
            return new Render(body, notes, readings, texts, List.copyOf(diagnostics));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
