package org.subtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.Golden;
import org.subtext.testing.TestSites;

/**
 * {@code subtext new}: golden starting files that build as they are (explainers and pages as drafts),
 * whose placeholders stop a publication of the unchanged draft; no overwriting, no writing outside
 * a project, no page at a path the site generates.
 */
class NewCommandTest {

    private static final Path EXPECTED = Path.of("generator/src/test/resources/new");

    @TempDir
    Path root;
    private String content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void project() {
        TestSites.write(root, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                """));
        content = root.resolve("content").toString();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void assertGolden(String name, Path file) throws IOException {
        String text = Files.readString(file).replace(LocalDate.now(ZoneOffset.UTC).toString(), "2026-01-01");
        if (Golden.updating()) {
            Files.writeString(EXPECTED.resolve(name), text);
        }
        assertEquals(Files.readString(EXPECTED.resolve(name)), text);
    }

    @Test
    void writesStartingFilesThatBuildAsTheyAre() throws IOException {
        assertEquals(0, run("new", "explainer", "peace-talks", "--content", content), err.toString());
        assertTrue(out.toString().contains("It is a draft: preview it with ./subtext serve --drafts, and open"
                + " explainers/peace-talks/ under the address it prints."), out.toString());
        assertEquals(0, run("new", "actor", "vladimir-putin", "--content", content));
        assertEquals(0, run("new", "author", "jane-doe", "--content", content));
        assertEquals(0, run("new", "page", "about", "--content", content));
        assertGolden("explainer.md", root.resolve("content/explainers/peace-talks.md"));
        assertGolden("actor.md", root.resolve("content/actors/vladimir-putin.md"));
        assertGolden("author.md", root.resolve("content/authors/jane-doe.md"));
        assertGolden("page.md", root.resolve("content/pages/about.md"));

        assertEquals(0, run("check", "--content", content), err.toString());
        assertEquals(0, run("check", "--drafts", "--content", content), err.toString());
    }

    @Test
    void aDraftPublishedWithItsPlaceholdersUnchangedIsAnError() throws IOException {
        assertEquals(0, run("new", "explainer", "peace-talks", "--content", content));
        Path file = root.resolve("content/explainers/peace-talks.md");
        String draft = Files.readString(file);
        Files.writeString(file, draft.replace("draft: true\n", ""));
        assertEquals(1, run("check", "--content", content));
        assertTrue(err.toString().contains("explainers/peace-talks.md:7:10: error: summary is still a placeholder"
                + " (it starts with 'TODO:'): write it, or set 'draft: true' until the explainer is ready to publish"),
                err.toString());
        assertTrue(err.toString().contains("explainers/peace-talks.md:69:1: error: a line of the body is still a"
                + " placeholder"), err.toString());

        Files.writeString(file, draft.replace("draft: true\n", "")
                .replace("\"TODO: one or two sentences that say what the reader will learn.\"", "What was agreed.")
                .replace("TODO: write the explainer here", "Here is the explainer"));
        assertEquals(0, run("check", "--content", content), err.toString());
    }

    @Test
    void refusesToWriteOutsideAProject() throws IOException {
        Path elsewhere = root.resolve("elsewhere");
        assertEquals(1, run("new", "explainer", "x", "--content", elsewhere.toString()));
        assertEquals("error: there is no content folder at " + elsewhere + ". Run ./subtext new in the folder that"
                + " holds content/site.yaml (the top folder of your clone), or name the content folder with"
                + " --content DIR; nothing was written\n", err.toString());
        Files.createDirectories(elsewhere);
        assertEquals(1, run("new", "author", "x", "--content", elsewhere.toString()));
        assertTrue(err.toString().startsWith("error: " + elsewhere + " has no site.yaml, so it is not a Subtext"
                + " content folder."), err.toString());
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing was written");
        }
    }

    @Test
    void refusesToOverwriteAndRejectsBadIdsAndGeneratedPaths() throws IOException {
        assertEquals(0, run("new", "actor", "x", "--content", content));
        Files.writeString(root.resolve("content/actors/x.md"), "mine");
        assertEquals(1, run("new", "actor", "x", "--content", content));
        assertTrue(err.toString().contains("already exists; nothing was written"), err.toString());
        assertEquals("mine", Files.readString(root.resolve("content/actors/x.md")));
        assertEquals(0, run("new", "page", "methods", "--content", content));
        assertEquals(1, run("new", "page", "methods", "--content", content));
        assertTrue(err.toString().contains("pages/methods.md already exists; nothing was written"), err.toString());

        assertEquals(2, run("new", "explainer", "Peace Talks", "--content", content));
        assertTrue(err.toString().contains("(for example 'peace-talks')"), err.toString());
        assertEquals(2, run("new", "explainer", "../escape", "--content", content));
        assertEquals(2, run("new", "story", "x", "--content", content));
        assertTrue(err.toString().contains("KIND must be explainer, actor, author or page, not 'story'"),
                err.toString());
        assertTrue(Files.notExists(root.resolve("escape.md")));
        for (String generated : new String[] {"search", "explainers", "embed", "timeline"}) {
            assertEquals(2, run("new", "page", generated, "--content", content), generated);
            assertTrue(err.toString().contains("error: '" + generated + "' cannot be a page's slug: the site"
                    + " generates /" + generated + "/ itself"), err.toString());
            assertTrue(Files.notExists(root.resolve("content/pages/" + generated + ".md")));
        }
    }
}
