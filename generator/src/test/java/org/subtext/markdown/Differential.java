package org.subtext.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterSplitter;
import org.subtext.source.SourceFile;

/** Holds a faster way of rendering Markdown to the long way's output: Flexmark's renderer and then the sanitizer. */
final class Differential {

    private static final SourcePosition START = new SourcePosition("content/explainers/x.md", 5, 1);

    private final MarkdownRenderer.Route route;
    private final LinkIndex index;

    Differential(MarkdownRenderer.Route route, LinkIndex index) {
        this.route = route;
        this.index = index;
    }

    /**
     * Renders both ways under both base paths, as a body and as a front matter field: wherever the
     * faster way takes the text, HTML, links, headings and diagnostics are the long way's. True when
     * it took the text as a body. {@code silentWhenDeclined}: a declined text must report nothing
     * (the long way reads it again and reports).
     */
    boolean agrees(String markdown, boolean silentWhenDeclined) {
        for (String base : List.of("/", "/sub/")) {
            Diagnostics longWay = new Diagnostics();
            Diagnostics fast = new Diagnostics();
            RenderedMarkdown expected = new MarkdownRenderer(base, MarkdownRenderer.Route.SANITIZED)
                    .renderInline(markdown, START, index, longWay);
            RenderedMarkdown actual = new MarkdownRenderer(base, route).renderInline(markdown, START, index, fast);
            check(markdown, "field", base, expected, actual, longWay, fast, silentWhenDeclined);
        }
        boolean taken = false;
        for (String base : List.of("/", "/sub/")) {
            Diagnostics longWay = new Diagnostics();
            Diagnostics fast = new Diagnostics();
            RenderedMarkdown expected = new MarkdownRenderer(base, MarkdownRenderer.Route.SANITIZED)
                    .renderBody(markdown, START, index, Set.of("claims"), longWay);
            RenderedMarkdown actual = new MarkdownRenderer(base, route)
                    .renderBody(markdown, START, index, Set.of("claims"), fast);
            taken |= check(markdown, "body", base, expected, actual, longWay, fast, silentWhenDeclined);
        }
        return taken;
    }

    private boolean check(String markdown, String as, String base, RenderedMarkdown expected,
                          RenderedMarkdown actual, Diagnostics longWay, Diagnostics fast, boolean silentWhenDeclined) {
        if (actual.html() == null) {
            if (silentWhenDeclined) {
                assertTrue(fast.sorted().isEmpty(), "a declined text reports nothing");
            }
            return false;
        }
        assertEquals(expected.html(), actual.html(), () -> as + " differs under base " + base + " at "
                + difference(expected.html(), actual.html()) + " for:\n" + markdown);
        assertEquals(expected, actual, markdown);
        assertEquals(longWay.sorted(), fast.sorted(), markdown);
        return true;
    }

    private String difference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "'" + expected.substring(from, Math.min(expected.length(), i + 40)) + "' (expected) and '"
                + actual.substring(from, Math.min(actual.length(), i + 40)) + "' (" + route + ")";
    }

    static SourcePosition start() {
        return START;
    }

    /** A non-blank body of a Markdown file of the sample site or the test sites, with its path. */
    record Body(Path path, String text) {
    }

    static List<Body> siteBodies() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("generator/src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        List<Body> bodies = new ArrayList<>();
        for (Path path : files) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (FrontMatterSplitter.split(new SourceFile(path.toString(), path.toString(), text))
                    instanceof FrontMatterSplitter.Ok ok && !ok.split().body().isBlank()) {
                bodies.add(new Body(path, ok.split().body()));
            }
        }
        return bodies;
    }
}
