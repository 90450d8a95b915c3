package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.Corpus;
import org.subtext.testing.TestSites;

/**
 * A {@code build} reuses what the last build into the same folder recorded on disk (renders, and the
 * pages a prose-only change cannot reach): after every kind of edit, the site it writes and what it
 * reports must equal a clean build's, and pages the edit cannot reach must be the very same files.
 */
class RecordedBuildTest {

    @TempDir
    Path work;

    @Test
    void everyEditGivesWhatACleanBuildGives() throws IOException {
        BuildOptions options = sampleCopy();
        Path content = options.content();
        assertSame(options, build(options), "first build");

        Path lead = content.resolve("explainers/russia-ready-for-talks.md");
        Path minsk = content.resolve("explainers/minsk-agreements.md");
        List<Map.Entry<Path, UnaryOperator<String>>> edits = List.of(
                Map.entry(lead, text -> text + "\nA new closing sentence.\n"),
                Map.entry(minsk, text -> text + "\nCompare [[us-deal-making-pressure]], a new backlink.\n"),
                Map.entry(minsk, text -> text.replace("Compare [[us-deal-making-pressure]], a new backlink.", "")),
                Map.entry(lead, text -> text.replaceFirst("\\[\\[minsk-agreements", "Here, [[minsk-agreements")),
                Map.entry(lead, text -> text.replaceFirst("\\[\\[vladimir-putin", "Notably [[vladimir-putin")),
                Map.entry(minsk, text -> text + "\nAnd [[istanbul-talks-2025|the 2025 talks]], [[kirill-dmitriev]].\n"),
                Map.entry(lead, text -> text.replaceFirst("(?m)^title: .*$", "title: \"Ready for talks, retitled\"")),
                Map.entry(lead, text -> text + "\nA sentence after the title changed.\n"),
                Map.entry(minsk, text -> text.replace("## ", "### ")),
                Map.entry(minsk, text -> text.replace("tags: [ukraine-war, negotiations, donbas, history]",
                        "tags: [ukraine-war, negotiations, donbas, history, ceasefires]")),
                Map.entry(minsk, text -> text + "\nOne more sentence once the tags changed.\n"),
                Map.entry(minsk, text -> text.replace("text: The sides have agreed on a ceasefire",
                        "text: The sides have agreed on a full ceasefire")),
                Map.entry(minsk, text -> text.replaceFirst("(?m)^(  - id: putin-ceasefire-promise\n)",
                        "$1    by: vladimir-putin\n    date: 2015-02-12\n    text: An unsourced claim.\n"
                                + "    status: disputed\n  - id: unsourced-claim\n")),
                Map.entry(lead, text -> text + "\nProse while a warning stands elsewhere.\n"));
        for (int i = 0; i < edits.size(); i++) {
            Path file = edits.get(i).getKey();
            Files.writeString(file, edits.get(i).getValue().apply(Files.readString(file)));
            assertSame(options, build(options), "edit " + i + " of " + file.getFileName());
        }
    }

    @Test
    void aHeadingRenamedUnderALinkOfAnUnchangedPageIsReported() throws IOException {
        BuildOptions options = sampleCopy();
        Path lead = options.content().resolve("explainers/russia-ready-for-talks.md");
        Path minsk = options.content().resolve("explainers/minsk-agreements.md");
        Files.writeString(minsk, Files.readString(minsk)
                + "\nOn [the terms](/explainers/russia-ready-for-talks/#ready-on-whose-terms).\n");
        assertSame(options, build(options), "a link to a heading");

        // only the lead's prose changes, so the Minsk page is kept; its link must still be checked
        Files.writeString(lead, Files.readString(lead).replace("## Ready on whose terms", "## Ready on what terms"));
        BuildResult renamed = build(options);
        assertFalse(renamed.ok());
        assertTrue(renamed.diagnostics().stream().anyMatch(d -> d.message().contains("no id 'ready-on-whose-terms'")),
                renamed.diagnostics().toString());
        assertEquals(clean(options).diagnostics(), renamed.diagnostics());

        Files.writeString(lead, Files.readString(lead).replace("## Ready on what terms", "## Ready on whose terms"));
        assertSame(options, build(options), "heading restored");
    }

    @Test
    void aKeptPageFromAnyPartOfALargeRecordIsStillChecked() throws IOException {
        // more pages than one part of the record's pages half, and the kept page (last of the explainers
        // by path) in the second part
        Map<String, String> files = new java.util.LinkedHashMap<>(Corpus.explainers(600, "r"));
        files.computeIfPresent("content/explainers/e99.md",
                (path, text) -> text + "\nOn [the first part](/explainers/e0/#part-one).\n");
        TestSites.write(work.resolve("corpus"), files);
        BuildOptions options = new BuildOptions(work.resolve("corpus/content"), TestSites.TEMPLATES,
                work.resolve("site"), false, null);
        BuildResult first = build(options);
        assertTrue(first.ok(), () -> first.diagnostics().toString());
        assertTrue(first.pages() > 512, "pages: " + first.pages());
        Object kept = fileKey(options.out().resolve("explainers/e99/index.html"));

        Path lead = options.content().resolve("explainers/e0.md");
        Files.writeString(lead, Files.readString(lead).replace("## Part one", "## Part 1"));
        BuildResult renamed = build(options);
        assertFalse(renamed.ok());
        assertTrue(renamed.diagnostics().stream().anyMatch(d -> d.message().contains("no id 'part-one'")),
                renamed.diagnostics().toString());
        assertEquals(clean(options).diagnostics(), renamed.diagnostics());

        Files.writeString(lead, Files.readString(lead).replace("## Part 1", "## Part one"));
        assertSame(options, build(options), "heading restored");
        assertEquals(kept, fileKey(options.out().resolve("explainers/e99/index.html")),
                "the page linking to the heading was kept from the first build");
    }

    @Test
    void aProseEditRewritesOnlyThePagesItReaches() throws IOException {
        BuildOptions options = sampleCopy();
        assertTrue(build(options).ok());
        Path site = options.out();
        Object lead = fileKey(site.resolve("explainers/russia-ready-for-talks/index.html"));
        Object minsk = fileKey(site.resolve("explainers/minsk-agreements/index.html"));
        Object claims = fileKey(site.resolve("claims/index.html"));
        Object card = fileKey(site.resolve(org.subtext.view.Urls.socialCard("russia-ready-for-talks")));

        Path file = options.content().resolve("explainers/russia-ready-for-talks.md");
        Files.writeString(file, Files.readString(file) + "\nA new closing sentence.\n");
        assertSame(options, build(options), "prose edit");

        assertNotEquals(lead, fileKey(site.resolve("explainers/russia-ready-for-talks/index.html")),
                "the edited explainer's page is written again");
        assertEquals(minsk, fileKey(site.resolve("explainers/minsk-agreements/index.html")),
                "a page the edit cannot reach is the same file");
        assertEquals(claims, fileKey(site.resolve("claims/index.html")), "listings are drawn from front matter");
        assertEquals(card, fileKey(site.resolve(org.subtext.view.Urls.socialCard("russia-ready-for-talks"))),
                "a card is drawn from front matter, and the last build's file is kept");
    }

    @Test
    void aPageChangedByHandSinceIsDrawnAgain() throws IOException {
        BuildOptions options = sampleCopy();
        assertTrue(build(options).ok());
        Path page = options.out().resolve("claims/index.html");
        byte[] drawn = Files.readAllBytes(page);
        Files.writeString(page, "<p>edited by hand</p>");

        Path file = options.content().resolve("explainers/russia-ready-for-talks.md");
        Files.writeString(file, Files.readString(file) + "\nA new closing sentence.\n");
        assertSame(options, build(options), "prose edit");
        assertArrayEquals(drawn, Files.readAllBytes(page));
    }

    @Test
    void aBrokenOrMissingRecordMeansAFullBuild() throws IOException {
        BuildOptions options = sampleCopy();
        assertTrue(build(options).ok());
        Path record = BuildRecord.file(options.out());
        assertTrue(Files.isRegularFile(record));
        byte[] whole = Files.readAllBytes(record);
        Files.write(record, java.util.Arrays.copyOf(whole, whole.length / 2));

        Path file = options.content().resolve("explainers/minsk-agreements.md");
        Files.writeString(file, Files.readString(file) + "\nCompare [[us-deal-making-pressure]].\n");
        assertSame(options, build(options), "record cut short");

        Files.delete(BuildRecord.file(options.out()));
        Files.writeString(file, Files.readString(file) + "\nAnother sentence.\n");
        assertSame(options, build(options), "record gone");
    }

    @Test
    void aFailedBuildLeavesTheRecordOfTheSiteStillPublished() throws IOException {
        BuildOptions options = sampleCopy();
        assertTrue(build(options).ok());
        Path file = options.content().resolve("explainers/minsk-agreements.md");
        String good = Files.readString(file);
        Files.writeString(file, good + "\nA link to [[no-such-explainer]].\n");
        BuildResult failed = build(options);
        assertFalse(failed.ok());
        assertEquals(clean(options).diagnostics(), failed.diagnostics());

        Files.writeString(file, good + "\nA fixed sentence.\n");
        assertSame(options, build(options), "error fixed");
    }

    @Test
    void theReplacedSiteIsDeletedByTheNextBuildNotTheOneThatReplacedIt() throws Exception {
        BuildOptions options = sampleCopy();
        Path trash = BuildRecord.file(options.out()).resolveSibling("old");
        assertTrue(build(options).ok());
        Object firstIndex = fileKey(options.out().resolve("index.html"));
        Path file = options.content().resolve("explainers/russia-ready-for-talks.md");
        Files.writeString(file, Files.readString(file) + "\nA new closing sentence.\n");
        assertSame(options, build(options), "second build");

        List<Path> replaced = listing(trash);
        assertEquals(1, replaced.size(), "the first site waits in " + trash);
        assertEquals(firstIndex, fileKey(replaced.get(0).resolve("index.html")), "and it is the first site");
        try (Stream<Path> besides = Files.list(options.out().getParent())) {
            assertEquals(List.of(), besides.filter(p -> p.getFileName().toString().startsWith(".subtext-old")).toList(),
                    "nothing is left beside the site");
        }

        Files.writeString(file, Files.readString(file) + "\nAnother sentence.\n");
        assertSame(options, build(options), "third build");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Files.exists(replaced.get(0)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(Files.exists(replaced.get(0)), "the next build deletes it while it works");
        assertTrue(listing(trash).size() <= 1, listing(trash).toString());
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static BuildResult build(BuildOptions options) throws IOException {
        return new SiteBuilder().build(options);
    }

    /** The same content built into a fresh folder, with no record to start from. */
    private BuildResult clean(BuildOptions options) throws IOException {
        Path root = work.resolve("clean");
        if (Files.exists(root)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return new SiteBuilder().build(new BuildOptions(options.content(), options.templates(),
                root.resolve("site"), options.drafts(), options.baseUrl()));
    }

    private BuildOptions sampleCopy() throws IOException {
        Path content = work.resolve("content");
        TestSites.copyTree(Path.of("content"), content);
        return new BuildOptions(content, TestSites.TEMPLATES, work.resolve("site"), false, null);
    }

    private void assertSame(BuildOptions options, BuildResult recorded, String step) throws IOException {
        assertTrue(recorded.ok(), () -> step + ": " + recorded.diagnostics());
        BuildResult fresh = clean(options);
        assertTrue(fresh.ok(), () -> step + ": " + fresh.diagnostics());
        assertEquals(fresh.diagnostics(), recorded.diagnostics(), step + ": diagnostics");
        Map<String, byte[]> expected = TestSites.snapshot(work.resolve("clean/site"));
        Map<String, byte[]> actual = TestSites.snapshot(options.out());
        assertEquals(expected.keySet(), actual.keySet(), step);
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), step + ": " + path));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
