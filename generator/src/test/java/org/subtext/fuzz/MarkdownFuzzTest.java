package org.subtext.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.LinkIndex;
import org.subtext.markdown.LinkTarget;
import org.subtext.markdown.MarkdownRenderer;

/** Random and pathological Markdown renders safely and in time roughly linear in its length. */
class MarkdownFuzzTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer("/sub/");
    private static final LinkIndex INDEX = new LinkIndex(
            Map.of("a", new LinkTarget("a", "explainers/a/", "A", Set.of("c"))), Set.of(), Set.of());
    private static final SourcePosition START = new SourcePosition("content/explainers/x.md", 5, 1);
    /** Where Flexmark ends a line: {@code \n}, {@code \r\n} or a lone {@code \r}. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r]");
    private static final Pattern EXECUTABLE = Pattern.compile(
            "<script|<iframe|<object|<embed|<svg|<style|\\son[a-z]+\\s*=|(href|src)\\s*=\\s*\"\\s*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("[[a]]", "[[a#c]]", "[[a|x]]", "[[b]]", "[x](javascript:y)",
                "<script>", "<img src=x onerror=y>", "<a href=\"javascript:y\">", "**", "_", "`", "```", "\n", "\n\n",
                "# ", "> ", "- ", "1. ", "|", "---", "[^1]", "[^1]: n", "<", ">", "&", "&#x6a;", "\\", "[", "]", "(",
                ")", "!", "text", " ", "\t", "<div>", "</div>", "<!--", "-->", "<svg onload=y>", "\u2028", "é");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 1000)
    void randomMarkdownRendersWithoutAnythingExecutable(@ForAll("markdown") String text) {
        String html = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> RENDERER.renderBody(text, START, INDEX, Set.of(), new Diagnostics()).html());
        assertFalse(EXECUTABLE.matcher(html).find(), html);
        String inline = RENDERER.renderInline(text, START, INDEX, new Diagnostics()).html();
        assertFalse(EXECUTABLE.matcher(inline).find(), inline);
    }

    @Provide
    Arbitrary<String> sentence() {
        return Arbitraries.of("Moscow", "says", "it", "is", "ready", "for", "talks,", "\"realities\"", "'terms'", "(2014)",
                "50%", "Kyiv's", "—", "on", "whose", "terms?", "and/or", "Zelensky:", "é", "“quoted”", "€5", "1994.",
                "*bilateral*", "*two words*:", "*its*'", "(*aside*)", "*x*,", "*", "a*b*", "*open", "close*", "**strong**",
                "*é*", "", "2*3", "*1994*.", "*“q”*", "x*")
                .list().ofMinSize(1).ofMaxSize(20).map(words -> String.join(" ", words))
                .filter(text -> !text.isBlank());
    }

    /**
     * The shortcut for plain and emphasised sentences must give exactly what Flexmark gives, and must
     * not give up on the sentences it is for.
     */
    @Property(tries = 2000)
    void simpleSentencesRenderInlineExactlyAsMarkdownWould(@ForAll("sentence") String text) {
        String inline = RENDERER.renderInline(text, START, INDEX, new Diagnostics()).html();
        String body = RENDERER.renderBody(text, START, INDEX, Set.of(), new Diagnostics()).html().strip();
        String paragraph = body.startsWith("<p>") && body.endsWith("</p>") ? body.substring(3, body.length() - 4) : body;
        assertEquals(paragraph, inline);
    }

    /** Script in each of the ways Markdown lets it be written, broken wikilinks, and nothing at all. */
    @Provide
    Arbitrary<String> fragment() {
        return Arbitraries.of("", "<script>alert(1)</script>", "<img src=x onerror=y>", "[x](javascript:y)",
                "<a href=\"javascript:y\">x</a>", "<svg onload=y>", "<iframe src=x></iframe>", "[x]: javascript:y\n[x]",
                "[[b]]", "[[a#nope]]", "\n[[b]]\n");
    }

    /**
     * Arbitrary text around a fragment renders with nothing executable, and whatever it reports is
     * placed in the body: the body's file, a line from the one it starts on to its last, a column from 1.
     */
    @Property(tries = 300)
    void arbitraryStringsRenderWithoutAnythingExecutable(@ForAll String before, @ForAll("fragment") String fragment,
                                                         @ForAll String after) {
        String text = before + fragment + after;
        Diagnostics diagnostics = new Diagnostics();
        String html = RENDERER.renderBody(text, START, INDEX, Set.of(), diagnostics).html();
        assertFalse(EXECUTABLE.matcher(html).find(), html);
        long lines = LINE_BREAK.matcher(text).results().count() + 1;
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            SourcePosition at = diagnostic.position();
            assertEquals(START.file(), at.file(), diagnostic::format);
            assertTrue(at.line() >= START.line() && at.line() < START.line() + lines,
                    () -> "outside the body's lines " + START.line() + " to " + (START.line() + lines - 1) + ": "
                            + diagnostic.format());
            assertTrue(at.column() >= 1, diagnostic::format);
        }
    }

    @Test
    void deepNestingIsReportedNotACrash() {
        Diagnostics diagnostics = new Diagnostics();
        RENDERER.renderBody(">".repeat(100_000) + " x", START, INDEX, Set.of(), diagnostics);
        assertTrue(diagnostics.sorted().get(0).message().startsWith("Markdown nested more than 64 levels deep"),
                diagnostics.sorted().toString());
    }

    @Test
    void hugeInputsAreRefusedQuickly() {
        for (String input : List.of("[a](b)".repeat(100_000), "[".repeat(100_000), "[[a]]".repeat(50_000))) {
            Diagnostics diagnostics = new Diagnostics();
            assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> RENDERER.renderBody(input, START, INDEX, Set.of(), diagnostics));
            assertTrue(diagnostics.sorted().get(0).message().startsWith("more than 3000 '['"));
        }
        Diagnostics diagnostics = new Diagnostics();
        String backticks = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> RENDERER.renderBody("`".repeat(100_000) + "x", START, INDEX, Set.of(), diagnostics).html());
        assertTrue(backticks.contains("x"));
    }

    /**
     * Flexmark's inline parser is quadratic on adjacent links ("[a](b)[a](b)..."): the renderer caps
     * brackets per text at 3,000, so the worst case is bounded rather than linear.
     */
    @Test
    void aLinkChainAtTheCapRendersInBoundedTime() {
        render("[a](b)".repeat(500));
        long millis = time("[a](b)".repeat(3_000));
        System.out.printf("pathological %-20s 3k (the cap): %5d ms%n", "link chain", millis);
        assertTrue(millis < 8_000, "a link chain at the cap took " + millis + " ms");
    }

    @Test
    void pathologicalInputsRenderInRoughlyLinearTime() {
        Map<String, IntFunction<String>> cases = Map.of(
                "nested blockquotes", n -> ">".repeat(n) + " x",
                "backticks", n -> "`".repeat(n) + "x",
                "open brackets", n -> "[".repeat(n) + "x",
                "emphasis", n -> "*a".repeat(n),
                "nested lists", n -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        out.append("  ".repeat(i % 60)).append("- x\n");
                    }
                    return out.toString();
                },
                "wikilinks", n -> "[[a]] ".repeat(n),
                "unclosed html", n -> "<div>".repeat(n));
        cases.forEach((name, input) -> {
            render(input.apply(500));
            long small = time(input.apply(1_000));
            long large = time(input.apply(4_000));
            System.out.printf("pathological %-20s 1k: %5d ms  4k: %5d ms%n", name, small, large);
            // linear would be 4x; allow for JIT and noise, not for quadratic (16x) growth
            assertTrue(large < 10 * Math.max(small, 50), name + ": 4x the input took " + large + " ms vs " + small);
            assertTrue(large < 10_000, name + " took " + large + " ms");
        });
    }

    private static long time(String input) {
        long start = System.nanoTime();
        render(input);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void render(String input) {
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> RENDERER.renderBody(input, START, INDEX, Set.of(), new Diagnostics()));
    }
}
