package org.subtext.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.frontmatter.FrontMatterSplitter;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.model.Layer;
import org.subtext.model.TimelineEvent;
import org.subtext.source.SourceFile;
import org.subtext.testing.TestSites;

/**
 * Holds the quick path ({@link QuickMarkdown} alone) to the library (Flexmark's parser and renderer,
 * then the sanitizer): wherever the quick path takes a text, HTML, links, headings and diagnostics
 * are the library's, under both base paths. Also gathers the real texts to compare them on.
 */
final class Differential {

    private static final SourcePosition START = new SourcePosition("content/explainers/x.md", 5, 1);
    private static final Set<String> RESERVED = Set.of("claims");

    private final LinkIndex index;

    Differential(LinkIndex index) {
        this.index = index;
    }

    /** Compares {@code markdown} as a body and as a field; true when the quick path took it as a body. */
    boolean agrees(String markdown) {
        agreesAsField(markdown);
        return agreesAsBody(markdown);
    }

    /** True when the quick path took {@code markdown} as a body, and rendered it as the library does. */
    boolean agreesAsBody(String markdown) {
        boolean taken = false;
        for (String base : List.of("/", "/sub/")) {
            Diagnostics library = new Diagnostics();
            Diagnostics quick = new Diagnostics();
            RenderedMarkdown expected = new MarkdownRenderer(base, MarkdownRenderer.Route.LIBRARY)
                    .renderBody(markdown, START, index, RESERVED, library);
            RenderedMarkdown actual = new MarkdownRenderer(base, MarkdownRenderer.Route.QUICK)
                    .renderBody(markdown, START, index, RESERVED, quick);
            taken |= check(markdown, "body", base, expected, actual, library, quick);
        }
        return taken;
    }

    /** True when the quick path took {@code markdown} as a front matter field, and rendered it as the library does. */
    boolean agreesAsField(String markdown) {
        boolean taken = false;
        for (String base : List.of("/", "/sub/")) {
            Diagnostics library = new Diagnostics();
            Diagnostics quick = new Diagnostics();
            RenderedMarkdown expected = new MarkdownRenderer(base, MarkdownRenderer.Route.LIBRARY)
                    .renderInline(markdown, START, index, library);
            RenderedMarkdown actual = new MarkdownRenderer(base, MarkdownRenderer.Route.QUICK)
                    .renderInline(markdown, START, index, quick);
            taken |= check(markdown, "field", base, expected, actual, library, quick);
        }
        return taken;
    }

    private static boolean check(String markdown, String as, String base, RenderedMarkdown expected,
                                 RenderedMarkdown actual, Diagnostics library, Diagnostics quick) {
        if (actual.html() == null) {
            // the library reads a declined text again and reports what it finds
            assertTrue(quick.sorted().isEmpty(), "a declined text reports nothing");
            return false;
        }
        assertEquals(expected.html(), actual.html(), () -> as + " differs under base " + base + " at "
                + difference(expected.html(), actual.html()) + " for:\n" + markdown);
        assertEquals(expected, actual, markdown);
        assertEquals(library.sorted(), quick.sorted(), markdown);
        return true;
    }

    private static String difference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "'" + expected.substring(from, Math.min(expected.length(), i + 40)) + "' (library) and '"
                + actual.substring(from, Math.min(actual.length(), i + 40)) + "' (quick)";
    }

    static SourcePosition start() {
        return START;
    }

    /** The Markdown of a content folder: explainers' and actors' bodies, and the fields rendered inline. */
    record Texts(List<String> bodies, List<String> fields) {
    }

    /** The texts of the sample site and of every test site, folders and one-string sites alike. */
    static Texts siteTexts() throws IOException {
        Map<String, String> files = new LinkedHashMap<>(read(Path.of("content")));
        files.putAll(read(Path.of("generator/src/test/resources/sites")));
        List<Path> specs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("generator/src/test/resources"))) {
            walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(specs::add);
        }
        for (Path spec : specs) {
            TestSites.sections(Files.readString(spec, StandardCharsets.UTF_8))
                    .forEach((path, text) -> files.put(spec + "!" + path, text));
        }
        return texts(files);
    }

    /** The texts of a content folder written elsewhere (a generated corpus). */
    static Texts folderTexts(Path content) throws IOException {
        return texts(read(content));
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")
                    || p.toString().endsWith(".yml")).sorted().forEach(paths::add);
        }
        for (Path path : paths) {
            files.put(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Texts texts(Map<String, String> files) {
        List<String> bodies = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        FrontMatterParser parser = new FrontMatterParser();
        files.forEach((path, text) -> {
            String name = path.substring(path.lastIndexOf('/') + 1);
            SourceFile file = new SourceFile(path, path, text);
            if (path.endsWith(".md") && FrontMatterSplitter.split(file) instanceof FrontMatterSplitter.Ok ok
                    && !ok.split().body().isBlank()) {
                bodies.add(ok.split().body());
            }
            if (path.contains("explainers/") && path.endsWith(".md")) {
                Explainer explainer = parser.parseExplainer(file, new Diagnostics());
                if (explainer != null) {
                    explainer.claims().stream().map(Claim::note).forEach(fields::add);
                    explainer.layers().stream().map(Layer::reading).forEach(fields::add);
                    explainer.timeline().stream().map(TimelineEvent::text).forEach(fields::add);
                }
            } else if (path.contains("events/") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                parser.parseEvents(file, new Diagnostics()).stream().map(TimelineEvent::text).forEach(fields::add);
            }
        });
        fields.removeIf(field -> field == null || field.isEmpty());
        return new Texts(bodies, fields);
    }
}
