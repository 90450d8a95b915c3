package org.subtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/** The command line: exit codes, where output goes, and no stack traces for user mistakes. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void buildSucceedsWithExitZeroAndASummary(@TempDir Path dir) {
        int code = run("build", "--content", "content", "--out", dir.resolve("site").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().matches("(?s)Built \\d+ pages \\(\\d+ files\\) into .* in \\d+ ms\\s*"), out.toString());
        assertTrue(Files.exists(dir.resolve("site/index.html")));
    }

    @Test
    void contentErrorsExitOneWithEveryMessageAndACount(@TempDir Path dir) throws Exception {
        TestSites.write(dir, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                -- content/explainers/a.md --
                ---
                title: A
                summry: typo
                section: S
                published: 2026-01-01
                ---
                See [[nowhere]].
                """));
        String content = dir.resolve("content").toString();
        int code = run("build", "--content", content, "--out", dir.resolve("site").toString());
        assertEquals(1, code);
        String[] lines = err.toString().replace(content + "/", "content/").strip().split("\n");
        assertEquals("content/explainers/a.md:1:1: warning: explainer has no timeline events", lines[0]);
        assertEquals("content/explainers/a.md:2:1: error: missing required key 'summary'", lines[1]);
        assertEquals("content/explainers/a.md:3:1: error: unknown key 'summry' in front matter"
                + " (did you mean 'summary'?)", lines[2]);
        assertEquals("content/explainers/a.md:7:5: error: unknown link target 'nowhere' in [[nowhere]]:"
                + " no explainer or actor has this id", lines[3]);
        assertEquals("3 errors, 1 warning; nothing was written", lines[4]);
        assertFalse(err.toString().contains("Exception"));
        assertFalse(err.toString().contains("\tat "));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void checkValidatesAndWritesNothing(@TempDir Path dir) throws Exception {
        TestSites.write(dir, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                """));
        int code = run("check", "--content", dir.resolve("content").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("No errors: "), out.toString());
        try (var entries = Files.list(dir)) {
            assertEquals(java.util.List.of(dir.resolve("content")), entries.toList());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option"));
        assertTrue(err.toString().contains("Unknown option"), err.toString());
        assertEquals(2, run("build", "--base-url", "javascript:alert(1)"));
        assertEquals(2, run("publish"));
        assertEquals(2, run());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("subtext "));
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build"));
        assertTrue(out.toString().contains("check"));
    }

    @Test
    void aMissingContentFolderIsAContentError(@TempDir Path dir) {
        int code = run("check", "--content", dir.resolve("nope").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("error: content folder not found"), err.toString());
    }
}
