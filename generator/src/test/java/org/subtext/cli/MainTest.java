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
    void quietAndVerboseTogetherPrintTheStageTimesAlone(@TempDir Path dir) {
        int code = run("build", "-qv", "--content", "content", "--out", dir.resolve("site").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().matches("Stages: load \\d+ ms, parse .*\\s*"), out.toString());
        assertEquals("", err.toString());
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
        assertEquals("content/explainers/a.md:1:1: warning: published explainer has no authors: add 'authors'"
                + " (ids of files in authors/) for its byline", lines[1]);
        assertEquals("content/explainers/a.md:2:1: error: missing required key 'summary'", lines[2]);
        assertEquals("content/explainers/a.md:3:1: error: unknown key 'summry' in front matter"
                + " (did you mean 'summary'?)", lines[3]);
        assertEquals("content/explainers/a.md:7:5: error: unknown link target 'nowhere' in [[nowhere]]:"
                + " no explainer or actor has this id", lines[4]);
        assertEquals("3 errors, 2 warnings; nothing was written", lines[5]);
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
    void usageErrorsExitTwoWithTheMistakeAndWhereToReadTheUsage() {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals("error: unknown option '--no-such-option' for subtext build\n"
                + "Run './subtext build --help' for its options.\n", err());
        assertEquals(2, run("build", "--contnt", "x"));
        assertEquals("error: unknown option '--contnt' for subtext build (did you mean '--content'?)\n"
                + "Run './subtext build --help' for its options.\n", err());
        assertEquals(2, run("build", "--base-url", "javascript:alert(1)"));
        assertTrue(err().startsWith("error: --base-url must be an absolute http:// or https:// URL"), err.toString());
        assertEquals(2, run("build", "--out"));
        assertTrue(err().startsWith("error: --out needs a value"), err.toString());
        assertEquals(2, run("build", "--out", "a", "--out=b"));
        assertTrue(err().startsWith("error: --out is given more than once"), err.toString());
        assertEquals(2, run("build", "--drafts=yes"));
        assertTrue(err().startsWith("error: --drafts is a flag and takes no value"), err.toString());
        assertEquals(2, run("build", "-qx"));
        assertTrue(err().startsWith("error: unknown option '-x' for subtext build"), err.toString());
        assertEquals(2, run("build", "stray"));
        assertTrue(err().startsWith("error: unexpected argument 'stray': subtext build takes options only"),
                err.toString());
        assertEquals(2, run("serve", "--port", "eighty"));
        assertTrue(err().startsWith("error: --port must be a number from 0 to 65535, not 'eighty'"), err.toString());
        assertEquals(2, run("biuld"));
        assertEquals("error: unknown command 'biuld' (did you mean 'build'?); the commands are build, check, serve,"
                + " new, templates\nRun './subtext --help' for the commands.\n", err());
        assertEquals(2, run("publish"));
        assertTrue(err().startsWith("error: unknown command 'publish';"), err.toString());
        assertEquals(2, run());
        assertTrue(err().startsWith("error: missing command"), err.toString());
        assertEquals("", out.toString());
    }

    /** The error output since the last call, so each assertion reads one command's. */
    private String err() {
        String text = err.toString();
        err.getBuffer().setLength(0);
        return text;
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("subtext "));
        out.getBuffer().setLength(0);
        assertEquals(0, run("--help"));
        for (String command : new String[] {"build", "check", "serve", "new", "help"}) {
            assertTrue(out.toString().contains("\n  " + command + " "), out.toString());
        }
        assertTrue(out.toString().contains("\n  -V, --version "), out.toString());
        String main = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("help"));
        assertEquals(main, out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("build", "--help"));
        String build = out.toString();
        assertTrue(build.startsWith("Usage: subtext build [options]\n"), build);
        assertTrue(build.contains("      --out=DIR ") && build.contains("(default: site)"), build);
        assertTrue(build.contains("  -q, --quiet "), build);
        for (String line : build.split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("help", "build"));
        assertEquals(build, out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("new", "-h"));
        assertTrue(out.toString().startsWith("Usage: subtext new KIND ID [options]\n"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aMissingContentFolderIsAContentError(@TempDir Path dir) {
        int code = run("check", "--content", dir.resolve("nope").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("error: content folder not found"), err.toString());
    }
}
