package org.subtext.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/** {@code subtext templates} writes the built-in set into a folder, and never over a file already there. */
class TemplatesCommandTest {

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
    }

    @Test
    void writesTheBuiltInSetWhichIsTheProjectsTemplatesFolder(@TempDir Path root) throws IOException {
        Path folder = root.resolve("templates");
        assertEquals(0, run("templates", "--templates", folder.toString()));

        var expected = TestSites.snapshot(TestSites.TEMPLATES);
        var written = TestSites.snapshot(folder);
        assertEquals(expected.keySet(), written.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, written.get(path), path));
        assertEquals("Wrote " + expected.size() + " files into " + folder + "\n", out.toString());
    }

    @Test
    void keepsAFileAlreadyThere(@TempDir Path root) throws IOException {
        Path folder = root.resolve("templates");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("base.peb"), "ours");
        assertEquals(0, run("templates", "--templates", folder.toString()));

        assertEquals("ours", Files.readString(folder.resolve("base.peb")));
        assertEquals(true, out.toString().endsWith("; kept 1 already there\n"), out.toString());
    }
}
