package org.subtext.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;
import org.subtext.source.SourceFile;

class FrontMatterSplitterTest {

    private static final String DISPLAY = "content/explainers/x.md";

    private static FrontMatterSplitter.Result split(String text) {
        return FrontMatterSplitter.split(new SourceFile("explainers/x.md", DISPLAY, text));
    }

    private static FrontMatterSplitter.Split ok(String text) {
        FrontMatterSplitter.Result result = split(text);
        return assertInstanceOf(FrontMatterSplitter.Ok.class, result, () -> "expected Ok, got " + result).split();
    }

    private static Diagnostic failed(String text) {
        FrontMatterSplitter.Result result = split(text);
        Diagnostic d = assertInstanceOf(FrontMatterSplitter.Failed.class, result,
                () -> "expected Failed, got " + result).diagnostic();
        assertTrue(d.isError());
        assertEquals(new SourcePosition(DISPLAY, 1, 1), d.position());
        return d;
    }

    @Test
    void splitsYamlAndBodyWithTheirFileLines() {
        FrontMatterSplitter.Split s = ok("---\ntitle: T\nsummary: S\n---\nFirst body line.\n\nSecond.\n");
        assertEquals("title: T\nsummary: S\n", s.yaml());
        assertEquals(2, s.yamlFirstLine());
        assertEquals("First body line.\n\nSecond.\n", s.body());
        assertEquals(5, s.bodyFirstLine());
    }

    @Test
    void bodyFirstLineCountsEveryFrontMatterLine() {
        String yaml = "a: 1\n".repeat(8);
        FrontMatterSplitter.Split s = ok("---\n" + yaml + "---\nBody\n");
        assertEquals(11, s.bodyFirstLine());
        assertEquals("Body\n", s.body());
        assertEquals(yaml, s.yaml());
    }

    @Test
    void bodyKeepsLeadingBlankLinesSoLinesStayTrue() {
        FrontMatterSplitter.Split s = ok("---\na: 1\n---\n\n\nBody\n");
        assertEquals(4, s.bodyFirstLine());
        assertEquals("\n\nBody\n", s.body());
        assertEquals(6, s.bodyFirstLine() + (int) s.body().substring(0, s.body().indexOf("Body")).chars()
                .filter(c -> c == '\n').count());
    }

    @Test
    void emptyFrontMatterAndEmptyBody() {
        FrontMatterSplitter.Split s = ok("---\n---\n");
        assertEquals("", s.yaml());
        assertEquals("", s.body());
        assertEquals(3, s.bodyFirstLine());
    }

    @Test
    void closingDelimiterAtEndOfFileWithoutNewline() {
        FrontMatterSplitter.Split s = ok("---\ntitle: T\n---");
        assertEquals("title: T\n", s.yaml());
        assertEquals("", s.body());
    }

    @Test
    void delimitersMayHaveTrailingSpaces() {
        FrontMatterSplitter.Split s = ok("---   \ntitle: T\n--- \t\nBody\n");
        assertEquals("title: T\n", s.yaml());
        assertEquals("Body\n", s.body());
        assertEquals(4, s.bodyFirstLine());
    }

    @Test
    void onlyTheFirstClosingDelimiterEndsTheFrontMatter() {
        FrontMatterSplitter.Split s = ok("---\na: 1\n---\nBody\n\n---\n\nMore\n");
        assertEquals("a: 1\n", s.yaml());
        assertEquals("Body\n\n---\n\nMore\n", s.body());
    }

    @Test
    void linesThatOnlyLookLikeDelimitersDoNotClose() {
        FrontMatterSplitter.Split s = ok("---\na: \"x\"\n ---\n----\n---\nBody\n");
        assertEquals("a: \"x\"\n ---\n----\n", s.yaml());
        assertEquals(6, s.bodyFirstLine());
    }

    @Test
    void missingFrontMatter() {
        Diagnostic d = failed("title: T\n\nBody\n");
        assertTrue(d.message().contains("missing front matter"), d.message());
    }

    @Test
    void frontMatterMustStartOnTheFirstLine() {
        Diagnostic d = failed("\n---\ntitle: T\n---\nBody\n");
        assertTrue(d.message().contains("missing front matter"), d.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\ntitle: T\nsummary: S\n", "---\ntitle: T", "---", "---\n"})
    void unterminatedFrontMatter(String text) {
        Diagnostic d = failed(text);
        assertTrue(d.message().contains("not closed"), d.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "   \n\n  "})
    void emptyFile(String text) {
        Diagnostic d = failed(text);
        assertTrue(d.message().contains("empty file"), d.message());
    }
}
