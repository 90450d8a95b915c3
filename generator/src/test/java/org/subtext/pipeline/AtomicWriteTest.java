package org.subtext.pipeline;

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

    /**
     * From the third build on, the site is written into the one the last build replaced, taken from
     * the trash: what it had and this build does not write must go, a file where a folder belongs and
     * a link out of the site must not be followed, and the result is what a fresh build writes.
     */
    @Test
    void aSiteWrittenIntoTheReplacedOneIsWhatAFreshBuildWrites(@TempDir Path root, @TempDir Path fresh,
                                                              @TempDir Path outside) throws IOException {
        TestSites.write(root, TestSites.sections(SITE));
        assertTrue(build(root).ok());
        assertTrue(build(root).ok());
        Path trash = root.resolve(".subtext-cache/old");
        List<Path> replaced;
        try (Stream<Path> list = Files.list(trash)) {
            replaced = list.toList();
        }
        assertEquals(1, replaced.size(), "the trash holds the replaced site");
        Path old = replaced.get(0);
        Files.writeString(old.resolve("stale.html"), "stale");
        // a file longer than the page written into it: what is past the page's end must go
        Files.writeString(old.resolve("index.html"), "x".repeat(100_000), java.nio.file.StandardOpenOption.APPEND);
        Files.createDirectories(old.resolve("explainers/gone"));
        Files.writeString(old.resolve("explainers/gone/index.html"), "gone");
        Files.delete(old.resolve("feed.xml"));
        Files.createDirectories(old.resolve("feed.xml"));
        Files.writeString(old.resolve("feed.xml/inside"), "a folder where a file belongs");
        deleteTree(old.resolve("tags"));
        Files.writeString(old.resolve("tags"), "a file where a folder belongs");
        Files.writeString(outside.resolve("target.html"), "outside");
        Files.delete(old.resolve("explainers/a/index.html"));
        Files.createSymbolicLink(old.resolve("explainers/a/index.html"), outside.resolve("target.html"));
        deleteTree(old.resolve("sections"));
        Files.createSymbolicLink(old.resolve("sections"), outside);

        Files.delete(root.resolve("content/explainers/b.md"));
        Files.writeString(root.resolve("content/explainers/a.md"),
                Files.readString(root.resolve("content/explainers/a.md")).replace("[[b]]", "nothing"));
        assertTrue(build(root).ok());

        TestSites.write(fresh, TestSites.sections(SITE));
        Files.delete(fresh.resolve("content/explainers/b.md"));
        Files.writeString(fresh.resolve("content/explainers/a.md"),
                Files.readString(root.resolve("content/explainers/a.md")));
        assertTrue(build(fresh).ok());
        Map<String, byte[]> expected = TestSites.snapshot(fresh.resolve("site"));
        Map<String, byte[]> actual = TestSites.snapshot(root.resolve("site"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
        assertEquals("outside", Files.readString(outside.resolve("target.html")));
        try (Stream<Path> list = Files.list(outside)) {
            assertEquals(List.of("target.html"), list.map(p -> p.getFileName().toString()).toList());
        }
        assertFalse(Files.isSymbolicLink(root.resolve("site/sections")));
    }

    /**
     * Pages the last build left unchanged are hard links to the same files as the site before, and
     * social cards are links into the card cache: writing the next site into the replaced one must
     * replace such files, never write through them.
     */
    @Test
    void writingIntoTheReplacedSiteNeverWritesThroughALink(@TempDir Path root, @TempDir Path elsewhere)
            throws IOException {
        TestSites.write(root, TestSites.sections(SITE));
        assertTrue(build(root).ok());
        assertTrue(build(root).ok());
        Path page = root.resolve("site/explainers/a/index.html");
        String published = Files.readString(page);
        Files.createLink(elsewhere.resolve("a.html"), page);
        Map<String, byte[]> cards = TestSites.snapshot(root.resolve(".subtext-cache/cards"));
        assertFalse(cards.isEmpty(), "the test needs cached cards");

        Files.writeString(root.resolve("content/explainers/a.md"),
                Files.readString(root.resolve("content/explainers/a.md")).replace("Links to", "Now links to")
                        .replace("title: A", "title: A changed"));
        assertTrue(build(root).ok());
        assertTrue(build(root).ok());

        assertTrue(Files.readString(root.resolve("site/explainers/a/index.html")).contains("Now links to"));
        assertEquals(published, Files.readString(elsewhere.resolve("a.html")), "a file of an earlier site changed");
        Map<String, byte[]> cardsAfter = TestSites.snapshot(root.resolve(".subtext-cache/cards"));
        cards.forEach((path, bytes) -> {
            if (cardsAfter.containsKey(path)) {
                assertArrayEquals(bytes, cardsAfter.get(path), path);
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
