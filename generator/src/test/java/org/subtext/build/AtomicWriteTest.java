package org.subtext.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/** A failed build leaves the published site exactly as it was; a good one leaves nothing stale. */
class AtomicWriteTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: T
            description: D.
            base_url: https://example.org/
            -- content/explainers/a.md --
            ---
            title: A
            summary: A summary.
            section: S
            published: 2026-01-01
            ---
            Links to [[b]].
            -- content/explainers/b.md --
            ---
            title: B
            summary: B summary.
            section: S
            published: 2026-01-02
            ---
            Body of B.
            """;

    private static BuildResult build(Path root) throws IOException {
        return new SiteBuilder().build(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES,
                root.resolve("site"), false, null));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteIdentical(@TempDir Path root) throws IOException {
        TestSites.write(root, TestSites.sections(SITE));
        assertTrue(build(root).ok());
        Map<String, byte[]> before = TestSites.snapshot(root.resolve("site"));

        Files.writeString(root.resolve("content/explainers/b.md"), "---\ntitle: [broken\n---\n");
        BuildResult failed = build(root);

        assertFalse(failed.ok());
        Map<String, byte[]> after = TestSites.snapshot(root.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertEquals(List.of(".subtext-cache", "content", "site"), entries(root), "no temporary folder left behind");
    }

    @Test
    void staleFilesAndDeletedExplainersDisappear(@TempDir Path root) throws IOException {
        TestSites.write(root, TestSites.sections(SITE));
        assertTrue(build(root).ok());
        Files.writeString(root.resolve("site/stale.html"), "old");
        assertTrue(Files.exists(root.resolve("site/explainers/b/index.html")));

        Files.delete(root.resolve("content/explainers/b.md"));
        Files.writeString(root.resolve("content/explainers/a.md"),
                Files.readString(root.resolve("content/explainers/a.md")).replace("[[b]]", "nothing"));
        assertTrue(build(root).ok());

        assertFalse(Files.exists(root.resolve("site/stale.html")));
        assertFalse(Files.exists(root.resolve("site/explainers/b")));
        assertTrue(Files.exists(root.resolve("site/explainers/a/index.html")));
        assertEquals(List.of(".subtext-cache", "content", "site"), entries(root));
    }

    @Test
    void leftoversOfAKilledBuildAreCleanedUp(@TempDir Path root) throws IOException {
        TestSites.write(root, TestSites.sections(SITE));
        Files.createDirectories(root.resolve(".subtext-tmp-site-123/explainers"));
        assertTrue(build(root).ok());
        assertEquals(List.of(".subtext-cache", "content", "site"), entries(root));
    }

    private static List<String> entries(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
