package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.output.OutputFile;
import org.subtext.testing.TestSites;

/**
 * The live preview reuses pages between builds, skipping even the views of pages a body-only save
 * cannot reach: after every kind of edit its site must equal, byte for byte, a clean build's.
 */
class IncrementalBuildTest {

    @TempDir
    Path work;

    @Test
    void everyEditGivesWhatACleanBuildGives() throws IOException {
        BuildOptions options = sampleCopy(TestSites.TEMPLATES);
        Path content = options.content();
        PreviewCache cache = new PreviewCache();
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "first build");

        Path lead = content.resolve("explainers/russia-ready-for-talks.md");
        Path minsk = content.resolve("explainers/minsk-agreements.md");
        List<Map.Entry<Path, UnaryOperator<String>>> edits = List.of(
                Map.entry(lead, text -> text + "\nA new closing sentence.\n"),
                // a link to a claim of another explainer moved to another of its claims, its sentence the
                // same: both claim pages change whom they are linked from, though no backlink does
                Map.entry(lead, text -> text.replace("[[istanbul-talks-2025#putin-no-preconditions]]",
                        "[[istanbul-talks-2025#putin-no-preconditions|that offer]]")),
                Map.entry(lead, text -> text.replace("[[istanbul-talks-2025#putin-no-preconditions|that offer]]",
                        "[[istanbul-talks-2025#zelensky-will-wait|that offer]]")),
                // a first link from Minsk to the deal-making explainer: a new backlink on that page
                Map.entry(minsk, text -> text + "\nCompare [[us-deal-making-pressure]], a new backlink.\n"),
                Map.entry(minsk, text -> text.replace("Compare [[us-deal-making-pressure]], a new backlink.", "")),
                // the sentence around the lead's first link to Minsk: that backlink's context changes
                Map.entry(lead, text -> text.replaceFirst("\\[\\[minsk-agreements", "Here, [[minsk-agreements")),
                // likewise around a link to an actor: the actor page's backlink context changes
                Map.entry(lead, text -> text.replaceFirst("\\[\\[vladimir-putin", "Notably [[vladimir-putin")),
                Map.entry(minsk, text -> text + "\nAnd [[istanbul-talks-2025|the 2025 talks]], [[kirill-dmitriev]].\n"),
                Map.entry(lead, text -> text.replaceFirst("(?m)^title: .*$", "title: \"Ready for talks, retitled\"")),
                Map.entry(lead, text -> text + "\nA sentence after the title changed.\n"),
                Map.entry(minsk, text -> text.replace("## ", "### ")),
                // front matter edits after body-only ones: nothing derived from the old front matter may stay
                Map.entry(minsk, text -> text.replace("tags: [ukraine-war, negotiations, donbas, history]",
                        "tags: [ukraine-war, negotiations, donbas, history, ceasefires]")),
                Map.entry(minsk, text -> text + "\nOne more sentence once the tags changed.\n"),
                Map.entry(minsk, text -> text.replace("text: The sides have agreed on a ceasefire",
                        "text: The sides have agreed on a full ceasefire")),
                // a claim without a source gives a warning, which later body-only builds must still report
                Map.entry(minsk, text -> text.replaceFirst("(?m)^(  - id: putin-ceasefire-promise\n)",
                        "$1    by: vladimir-putin\n    date: 2015-02-12\n    text: An unsourced claim.\n"
                                + "    status: disputed\n  - id: unsourced-claim\n")),
                Map.entry(lead, text -> text + "\nProse while a warning stands elsewhere.\n"));
        for (int i = 0; i < edits.size(); i++) {
            Path file = edits.get(i).getKey();
            Files.writeString(file, edits.get(i).getValue().apply(Files.readString(file)));
            BuildResult incremental = new SiteBuilder(Progress.NONE, cache).render(options);
            String step = "edit " + i + " of " + file.getFileName();
            assertTrue(incremental.ok(), () -> step + ": " + incremental.diagnostics());
            assertSame(options, incremental, step);
        }
        // an edit and its undo: the cached pages of the first state must not come back stale
        String before = Files.readString(minsk);
        Files.writeString(minsk, before + "\nBriefly linking [[russia-ready-for-talks]].\n");
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "link added");
        Files.writeString(minsk, before);
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "link removed again");
    }

    /**
     * Prose edits in random order, each reported as the watcher reports a save: links to other
     * explainers, to their claims and to actors come and go, sentences are added and undone, and an
     * explainer is added and later removed; after each, the preview's site is a clean build's.
     */
    @Test
    void randomEditsReportedAsAWatcherWouldGiveWhatACleanBuildGives() throws IOException {
        BuildOptions options = sampleCopy(TestSites.TEMPLATES);
        Path folder = options.content().toRealPath().resolve("explainers");
        PreviewCache cache = new PreviewCache();
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "first build");
        // published English explainers: a link to a draft or across editions is another matter than prose
        List<Path> files = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            for (Path f : list.sorted().toList()) {
                if (f.toString().endsWith(".md") && !f.toString().endsWith("-uk.md")
                        && !Files.readString(f).contains("\ndraft: true")) {
                    files.add(f);
                }
            }
        }
        Map<Path, String> originals = new TreeMap<>();
        Map<String, List<String>> claims = new TreeMap<>();
        for (Path file : files) {
            String text = Files.readString(file);
            originals.put(file, text);
            claims.put(slug(file), claimIds(text));
        }
        List<String> actors;
        try (java.util.stream.Stream<Path> list = Files.list(options.content().resolve("actors"))) {
            actors = list.map(IncrementalBuildTest::slug).sorted().toList();
        }
        java.util.Random random = new java.util.Random(5);
        Path added = folder.resolve("a-new-explainer.md");
        List<Path> edited = new java.util.ArrayList<>();
        for (int step = 0; step < 40; step++) {
            int kind = random.nextInt(7);
            // an undo takes back the edits of a file that has some
            Path file = (kind == 4 || kind == 6) && !edited.isEmpty() ? edited.remove(random.nextInt(edited.size()))
                    : files.get(random.nextInt(files.size()));
            String slug = slug(file);
            String other = slug(files.get(random.nextInt(files.size())));
            List<String> otherClaims = claims.get(other);
            String text = Files.readString(file);
            String edit;
            switch (kind) {
                case 0 -> edit = "\nA sentence of step " + step + ".\n";
                case 1 -> edit = other.equals(slug) ? "\nStep " + step + ".\n"
                        : "\nSee [[" + other + "]] at step " + step + ".\n";
                case 2 -> edit = other.equals(slug) || otherClaims.isEmpty() ? "\nStep " + step + ".\n"
                        : "\nCompare [[" + other + "#" + otherClaims.get(random.nextInt(otherClaims.size()))
                                + "|that claim]] at step " + step + ".\n";
                case 3 -> edit = "\nAs [[" + actors.get(random.nextInt(actors.size())) + "]] put it at step " + step
                        + ".\n";
                case 4, 6 -> edit = null;
                default -> {
                    // a file comes or goes: the folder's listing must be read again
                    if (Files.exists(added)) {
                        Files.delete(added);
                    } else {
                        Files.writeString(added, NEW_EXPLAINER);
                    }
                    file = added;
                    edit = "";
                }
            }
            if (file != added) {
                Files.writeString(file, edit == null ? originals.get(file) : text + edit);
                if (edit != null && !edited.contains(file)) {
                    edited.add(file);
                }
            }
            cache.watched(List.of(file));
            BuildResult incremental = new SiteBuilder(Progress.NONE, cache).render(options);
            String step0 = "step " + step + " on " + file.getFileName();
            assertTrue(incremental.ok(), () -> step0 + ": " + incremental.diagnostics());
            assertSame(options, incremental, step0);
        }
    }

    private static final String NEW_EXPLAINER = """
            ---
            title: A new explainer
            authors: [explainers-desk]
            summary: Added while the preview runs.
            section: Geopolitics
            published: 2026-06-01T08:00:00Z
            tags: [negotiations]
            ---
            It links to [[minsk-agreements]].
            """;

    private static String slug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    /** The ids of the claims in an explainer's front matter, as written. */
    private static List<String> claimIds(String text) {
        List<String> ids = new java.util.ArrayList<>();
        boolean inClaims = false;
        for (String line : text.split("\n")) {
            if (line.equals("---") && !ids.isEmpty()) {
                break;
            }
            if (!line.startsWith(" ") && !line.startsWith("-")) {
                inClaims = line.startsWith("claims:");
            } else if (inClaims && line.startsWith("  - id: ")) {
                ids.add(line.substring("  - id: ".length()).trim());
            }
        }
        return ids;
    }

    @Test
    void aFrontMatterErrorStaysReportedWhileProseIsEdited() throws IOException {
        BuildOptions options = sampleCopy(TestSites.TEMPLATES);
        Path content = options.content();
        PreviewCache cache = new PreviewCache();
        assertTrue(new SiteBuilder(Progress.NONE, cache).render(options).ok());
        Path minsk = content.resolve("explainers/minsk-agreements.md");
        Path lead = content.resolve("explainers/russia-ready-for-talks.md");
        String good = Files.readString(minsk);
        Files.writeString(minsk, good.replaceFirst("(?m)^    by: vladimir-putin$", "    by: vladimir-putn"));
        assertSameVerdict(options, new SiteBuilder(Progress.NONE, cache).render(options), "actor id misspelt");

        Files.writeString(lead, Files.readString(lead) + "\nProse written while the error stands.\n");
        assertSameVerdict(options, new SiteBuilder(Progress.NONE, cache).render(options), "prose edit elsewhere");

        Files.writeString(minsk, good);
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "error fixed");
    }

    @Test
    void editedTemplatesAndStylesAreUsedOnTheNextBuild() throws IOException {
        Path templates = work.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        BuildOptions options = sampleCopy(templates);
        PreviewCache cache = new PreviewCache();
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "first build");

        Path base = templates.resolve("base.peb");
        Files.writeString(base, Files.readString(base).replace("</footer>", "<p>Edited footer.</p></footer>"));
        BuildResult edited = new SiteBuilder(Progress.NONE, cache).render(options);
        assertSame(options, edited, "base template edited");
        assertTrue(texts(edited.files()).get("index.html").contains("Edited footer."));

        Path css = templates.resolve("static/style.css");
        Files.writeString(css, Files.readString(css) + "\n.edited{color:red}\n");
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "stylesheet edited");
    }

    @Test
    void editionsRebuildAsACleanBuildWouldWithTheirWordsFromTheTemplatesFolder() throws IOException {
        Path templates = work.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        Path content = work.resolve("content");
        TestSites.copyTree(Path.of("generator/src/test/resources/sites/bilingual/content"), content);
        BuildOptions options = new BuildOptions(content, templates, null, false, null);
        PreviewCache cache = new PreviewCache();
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "first build");

        Path translation = content.resolve("explainers/peremovyny.md");
        Files.writeString(translation, Files.readString(translation) + "\nЩе один абзац.\n");
        assertSame(options, new SiteBuilder(Progress.NONE, cache).render(options), "a translation's prose edited");

        Files.writeString(translation, Files.readString(translation).replace("version: 2026-02-01",
                "version: 2026-03-01"));
        BuildResult current = new SiteBuilder(Progress.NONE, cache).render(options);
        assertSame(options, current, "the translation brought up to date");
        assertFalse(texts(current.files()).get("uk/explainers/peremovyny/index.html").contains("translation-behind"));

        Path words = templates.resolve("messages/uk.properties");
        Files.writeString(words, Files.readString(words, StandardCharsets.UTF_8).replace("nav_timeline=Хронологія",
                "nav_timeline=Події"), StandardCharsets.UTF_8);
        BuildResult edited = new SiteBuilder(Progress.NONE, cache).render(options);
        assertSame(options, edited, "a Ukrainian word edited");
        assertTrue(new String(edited.files().stream().filter(f -> f.path().equals("uk/index.html")).findFirst()
                .orElseThrow().bytes(), StandardCharsets.UTF_8).contains(">Події</a>"));
    }

    /** Options for a copy of the sample content, which the test may edit, with {@code templates}. */
    private BuildOptions sampleCopy(Path templates) throws IOException {
        Path content = work.resolve("content");
        TestSites.copyTree(Path.of("content"), content);
        return new BuildOptions(content, templates, null, false, null);
    }

    private static void assertSameVerdict(BuildOptions options, BuildResult incremental, String step) {
        BuildResult clean = new SiteBuilder().render(options);
        assertTrue(!clean.ok() && clean.errorCount() > 0, step + ": the clean build fails");
        assertEquals(clean.diagnostics(), incremental.diagnostics(), step);
    }

    private static void assertSame(BuildOptions options, BuildResult incremental, String step) {
        BuildResult clean = new SiteBuilder().render(options);
        assertTrue(clean.ok(), () -> step + ": " + clean.diagnostics());
        assertEquals(clean.diagnostics(), incremental.diagnostics(), step + ": diagnostics");
        Map<String, String> expected = texts(clean.files());
        Map<String, String> actual = texts(incremental.files());
        assertEquals(expected.keySet(), actual.keySet(), step);
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), step + ": " + path));
    }

    private static Map<String, String> texts(List<OutputFile> files) {
        Map<String, String> texts = new TreeMap<>();
        for (OutputFile file : files) {
            texts.put(file.path(), file.bytes() == null ? "copy of " + file.copyFrom()
                    : new String(file.bytes(), StandardCharsets.ISO_8859_1));
        }
        return texts;
    }
}
