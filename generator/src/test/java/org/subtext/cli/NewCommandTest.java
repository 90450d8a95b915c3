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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.Golden;
import org.subtext.testing.TestSites;

/** {@code subtext new}: golden starting files that are valid as written, and no overwriting. */
class NewCommandTest {

    private static final Path EXPECTED = Path.of("generator/src/test/resources/new");

    @TempDir
    Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
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
        TestSites.write(root, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                """));
        String content = root.resolve("content").toString();
        assertEquals(0, run("new", "explainer", "peace-talks", "--content", content), err.toString());
        assertEquals(0, run("new", "actor", "vladimir-putin", "--content", content));
        assertGolden("explainer.md", root.resolve("content/explainers/peace-talks.md"));
        assertGolden("actor.md", root.resolve("content/actors/vladimir-putin.md"));

        Files.writeString(root.resolve("content/explainers/peace-talks.md"),
                Files.readString(root.resolve("content/explainers/peace-talks.md")).replace("Write the explainer",
                        "About [[vladimir-putin]]. Write the explainer"));
        assertEquals(0, run("check", "--content", content), err.toString());
    }

    @Test
    void refusesToOverwriteAndRejectsBadIds() throws IOException {
        String content = root.resolve("content").toString();
        assertEquals(0, run("new", "actor", "x", "--content", content));
        Files.writeString(root.resolve("content/actors/x.md"), "mine");
        assertEquals(1, run("new", "actor", "x", "--content", content));
        assertTrue(err.toString().contains("already exists; nothing was written"), err.toString());
        assertEquals("mine", Files.readString(root.resolve("content/actors/x.md")));

        assertEquals(2, run("new", "explainer", "Peace Talks", "--content", content));
        assertTrue(err.toString().contains("(for example 'peace-talks')"), err.toString());
        assertEquals(2, run("new", "explainer", "../escape", "--content", content));
        assertEquals(2, run("new", "story", "x", "--content", content));
        assertTrue(Files.notExists(root.resolve("escape.md")));
    }
}
