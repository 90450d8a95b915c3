package org.subtext.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

class ContentLoaderTest {

    private static final String EXPLAINER = "---\ntitle: T\n---\nBody line one.\nLine two.\n";

    @TempDir
    Path temp;

    Path content;
    final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void site() throws IOException {
        content = temp.resolve("content");
        Files.createDirectories(content);
        write("site.yaml", "title: S\ndescription: D\nbase_url: https://example.org/\n");
    }

    private Path write(String relative, String text) throws IOException {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String relative, byte[] bytes) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private ContentLoader loader;

    private ContentSources load() {
        loader = new ContentLoader(diagnostics);
        return loader.load(content);
    }

    /** The explainers found by the last load, read as the parse stage reads them. */
    private List<SourceFile> read(ContentSources sources) {
        List<SourceFile> read = new java.util.ArrayList<>();
        sources.explainers().forEach(found -> read.add(loader.read(found)));
        return read;
    }

    private String display(String relative) {
        return content + "/" + relative;
    }

    private List<Diagnostic> errors() {
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    private Diagnostic singleError() {
        List<Diagnostic> errors = errors();
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    private static List<String> paths(List<SourceFile> files) {
        return files.stream().map(SourceFile::path).toList();
    }

    private static List<String> found(List<UnreadFile> files) {
        return files.stream().map(UnreadFile::path).toList();
    }

    @Test
    void readsEveryKindOfFileInSortedOrder() throws IOException {
        write("explainers/c-third.md", EXPLAINER);
        write("explainers/a-first.md", EXPLAINER);
        write("explainers/b-second.md", EXPLAINER);
        write("explainers/a1.md", EXPLAINER);
        write("actors/zelensky.md", EXPLAINER);
        write("actors/putin.md", EXPLAINER);
        write("events/war.yaml", "- id: a\n");
        write("events/2014.yaml", "- id: b\n");
        write("assets/img/b.png", "png");
        write("assets/a.pdf", "pdf");
        ContentSources sources = load();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("explainers/a-first.md", "explainers/a1.md", "explainers/b-second.md",
                "explainers/c-third.md"), found(sources.explainers()));
        assertEquals(List.of("actors/putin.md", "actors/zelensky.md"), paths(sources.actors()));
        assertEquals(List.of("events/2014.yaml", "events/war.yaml"), paths(sources.events()));
        assertEquals(List.of("assets/a.pdf", "assets/img/b.png"), sources.assets().stream().map(AssetFile::path).toList());
        assertNotNull(sources.siteConfig());
        assertEquals("site.yaml", sources.siteConfig().path());
    }

    @Test
    void authorsAndPagesAreReadInSortedOrder() throws IOException {
        write("authors/jane-doe.md", EXPLAINER);
        write("authors/alex-roe.md", EXPLAINER);
        write("pages/methods.md", EXPLAINER);
        write("pages/about.md", EXPLAINER);
        ContentSources sources = load();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("authors/alex-roe.md", "authors/jane-doe.md"), paths(sources.authors()));
        assertEquals(List.of("pages/about.md", "pages/methods.md"), paths(sources.pages()));
    }

    @Test
    void authorAndPageFileNamesAreSlugs() throws IOException {
        write("authors/Jane Doe.md", EXPLAINER);
        write("pages/About.md", EXPLAINER);
        write("pages/notes.txt", EXPLAINER);
        ContentSources sources = load();
        assertEquals(List.of(), sources.authors());
        assertEquals(List.of(), sources.pages());
        assertEquals(List.of(display("authors/Jane Doe.md"), display("pages/About.md")),
                errors().stream().map(d -> d.position().file()).toList());
        assertEquals(List.of("ignored: pages/ holds only .md files"), diagnostics.sorted().stream()
                .filter(d -> !d.isError()).map(Diagnostic::message).toList());
    }

    @Test
    void filesCarryTheirTextPathsAndStem() throws IOException {
        write("explainers/minsk-agreements.md", EXPLAINER);
        SourceFile file = read(load()).get(0);
        assertEquals("explainers/minsk-agreements.md", file.path());
        assertEquals(display("explainers/minsk-agreements.md"), file.displayPath());
        assertEquals("minsk-agreements", file.stem());
        assertEquals(EXPLAINER, file.text());
    }

    @Test
    void editorDebrisIsIgnoredSilently() throws IOException {
        write("explainers/a.md", EXPLAINER);
        write("explainers/a.md~", "backup");
        write("explainers/.a.md.swp", "swap");
        write("explainers/#a.md#", "autosave");
        write("explainers/.DS_Store", "\0\0\0binary");
        Files.createSymbolicLink(content.resolve("explainers/.#a.md"), Path.of("user@host.1234:1700000000"));
        write(".DS_Store", "\0binary");
        write("actors/.DS_Store", "\0binary");
        write("assets/.DS_Store", "\0binary");
        write("assets/x.png~", "backup");
        write("site.yaml~", "old");
        ContentSources sources = load();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("explainers/a.md"), found(sources.explainers()));
        assertEquals(List.of(), sources.assets());
    }

    @Test
    void unknownTopLevelEntriesAreWarnedAboutWithASuggestion() throws IOException {
        write("explainer/a.md", EXPLAINER);
        load();
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(Diagnostic.warning(SourcePosition.ofFile(display("explainer")),
                "ignored: not part of the content format (did you mean 'explainers'?)"), all.get(0));
    }

    @Test
    void filesWithTheWrongExtensionAreWarnedAbout() throws IOException {
        write("explainers/a.txt", EXPLAINER);
        ContentSources sources = load();
        assertEquals(List.of(), sources.explainers());
        assertEquals(List.of(), errors());
        assertEquals(1, diagnostics.sorted().size());
    }

    @Test
    void bomAndCrlfDecodeLikeTheLfTwin() throws IOException {
        byte[] crlf = EXPLAINER.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[crlf.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(crlf, 0, withBom, 3, crlf.length);
        writeBytes("explainers/bom.md", withBom);
        write("explainers/lf.md", EXPLAINER);
        writeBytes("explainers/cr.md", EXPLAINER.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        ContentSources sources = load();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(3, sources.explainers().size());
        for (SourceFile file : read(sources)) {
            assertEquals(EXPLAINER, file.text(), file.path());
        }
    }

    @Test
    void nonAsciiUtf8IsDecoded() throws IOException {
        write("actors/zelensky.md", "---\nname: Volodymyr Zelenskyy — Зеленський\n---\nKyiv 🇺🇦\n");
        assertEquals("---\nname: Volodymyr Zelenskyy — Зеленський\n---\nKyiv 🇺🇦\n", load().actors().get(0).text());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void latin1BytesAreAnErrorNamingTheByteOffset() throws IOException {
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        writeBytes("explainers/cafe.md", latin1);
        assertNull(read(load()).get(0));
        Diagnostic d = singleError();
        assertEquals("invalid UTF-8 byte 0xE9 at byte offset 14: save the file as UTF-8", d.message());
        assertEquals(new SourcePosition(display("explainers/cafe.md"), 2, 11), d.position());
    }

    @Test
    void byteOffsetCountsFromTheStartOfTheFileIncludingABom() throws IOException {
        byte[] body = "ab\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        writeBytes("explainers/x.md", bytes);
        read(load());
        assertTrue(singleError().message().contains("0xFF at byte offset 5"), singleError().message());
    }

    @Test
    void nulByteIsAnError() throws IOException {
        writeBytes("explainers/nul.md", "---\ntitle: a\0b\n---\n".getBytes(StandardCharsets.UTF_8));
        assertNull(read(load()).get(0));
        Diagnostic d = singleError();
        assertTrue(d.message().contains("U+0000") && d.message().contains("byte offset 12"), d.message());
        assertEquals(new SourcePosition(display("explainers/nul.md"), 2, 9), d.position());
    }

    @Test
    void controlCharacterInSiteYamlIsAnErrorAndSiteIsMissing() throws IOException {
        write("site.yaml", "title: S\u001b[31m\n");
        ContentSources sources = load();
        assertNull(sources.siteConfig());
        List<String> messages = errors().stream().map(Diagnostic::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("U+001B")), messages::toString);
    }

    @Test
    void symlinkPointingOutsideContentIsAnError() throws IOException {
        Path outside = Files.writeString(temp.resolve("secret.md"), EXPLAINER);
        Files.createDirectories(content.resolve("explainers"));
        Files.createSymbolicLink(content.resolve("explainers/leak.md"), outside);
        ContentSources sources = load();
        assertEquals(List.of(), sources.explainers());
        Diagnostic d = singleError();
        assertEquals(display("explainers/leak.md"), d.position().file());
        assertTrue(d.message().contains("outside the content folder"), d.message());
    }

    @Test
    void symlinkedFolderPointingOutsideContentIsAnError() throws IOException {
        Path outside = temp.resolve("elsewhere");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("a.md"), EXPLAINER);
        Files.createSymbolicLink(content.resolve("explainers"), outside);
        ContentSources sources = load();
        assertEquals(List.of(), sources.explainers());
        assertTrue(singleError().message().contains("outside the content folder"));
    }

    @Test
    void symlinkInAssetsPointingOutsideIsAnError() throws IOException {
        Path outside = Files.writeString(temp.resolve("passwd"), "root");
        Files.createDirectories(content.resolve("assets"));
        Files.createSymbolicLink(content.resolve("assets/x.png"), outside);
        assertEquals(List.of(), load().assets());
        assertTrue(singleError().message().contains("outside the content folder"));
    }

    @Test
    void symlinkInsideContentIsFollowed() throws IOException {
        write("explainers/real.md", EXPLAINER);
        Files.createSymbolicLink(content.resolve("explainers/alias.md"), Path.of("real.md"));
        ContentSources sources = load();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("explainers/alias.md", "explainers/real.md"), found(sources.explainers()));
        assertEquals(EXPLAINER, read(sources).get(0).text());
    }

    @Test
    void symlinkLoopIsAnError() throws IOException {
        Files.createDirectories(content.resolve("explainers"));
        Files.createSymbolicLink(content.resolve("explainers/a.md"), Path.of("b.md"));
        Files.createSymbolicLink(content.resolve("explainers/b.md"), Path.of("a.md"));
        ContentSources sources = load();
        assertEquals(List.of(), sources.explainers());
        List<Diagnostic> errors = errors();
        assertEquals(2, errors.size(), errors::toString);
        for (Diagnostic d : errors) {
            assertTrue(d.message().contains("loop"), d.message());
        }
    }

    @Test
    void brokenSymlinkIsAnError() throws IOException {
        Files.createDirectories(content.resolve("explainers"));
        Files.createSymbolicLink(content.resolve("explainers/gone.md"), Path.of("nowhere.md"));
        assertEquals(List.of(), load().explainers());
        assertTrue(singleError().message().contains("broken symbolic link"), singleError().message());
    }

    @Test
    void upperCaseFileNameIsAnErrorWithTheSuggestedSlug() throws IOException {
        write("explainers/Minsk-Agreements.md", EXPLAINER);
        ContentSources sources = load();
        assertEquals(List.of(), sources.explainers());
        Diagnostic d = singleError();
        assertEquals(display("explainers/Minsk-Agreements.md"), d.position().file());
        assertTrue(d.message().contains("'Minsk-Agreements.md' is not a valid slug"), d.message());
        assertTrue(d.message().endsWith("(rename it to 'minsk-agreements.md')"), d.message());
    }

    @Test
    void fileNameWithSpacesIsAnErrorWithTheSuggestedSlug() throws IOException {
        write("actors/vladimir putin.md", EXPLAINER);
        assertEquals(List.of(), load().actors());
        assertTrue(singleError().message().endsWith("(rename it to 'vladimir-putin.md')"), singleError().message());
    }

    @Test
    void fileNameWithAccentsAndDoubleHyphensSuggestsACleanSlug() throws IOException {
        write("explainers/café--talks_2.md", EXPLAINER);
        load();
        assertTrue(singleError().message().endsWith("(rename it to 'cafe-talks-2.md')"), singleError().message());
    }

    @Test
    void tooLongFileNameIsAnError() throws IOException {
        write("explainers/" + "a".repeat(81) + ".md", EXPLAINER);
        write("explainers/" + "b".repeat(80) + ".md", EXPLAINER);
        ContentSources sources = load();
        assertEquals(List.of("explainers/" + "b".repeat(80) + ".md"), found(sources.explainers()));
        assertTrue(singleError().message().contains("longer than 80"));
    }

    @Test
    void eventsFilesNeedNoSlugName() throws IOException {
        write("events/War_Events.yaml", "- id: a\n");
        assertEquals(1, load().events().size());
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void missingSiteYamlIsAnError() throws IOException {
        Files.delete(content.resolve("site.yaml"));
        write("explainers/a.md", EXPLAINER);
        ContentSources sources = load();
        assertNull(sources.siteConfig());
        assertEquals(1, sources.explainers().size());
        Diagnostic d = singleError();
        assertEquals(SourcePosition.ofFile(display("site.yaml")), d.position());
        assertTrue(d.message().startsWith("missing site.yaml"), d.message());
    }

    @Test
    void missingContentFolderIsAnError() {
        ContentSources sources = new ContentLoader(diagnostics).load(temp.resolve("nope"));
        assertNull(sources.siteConfig());
        assertTrue(singleError().message().contains("content folder not found"));
    }

    @Test
    void unsafeAssetNameIsAnError() throws IOException {
        write("assets/my photo.png", "png");
        write("assets/ok.png", "png");
        ContentSources sources = load();
        assertEquals(List.of("assets/ok.png"), sources.assets().stream().map(AssetFile::path).toList());
        assertTrue(singleError().message().contains("unsafe in a URL"));
    }

    @Test
    void aPreviewRereadsOnlyFilesThatChangedOnDisk() throws IOException {
        Path kept = write("explainers/kept.md", EXPLAINER);
        Path edited = write("explainers/edited.md", EXPLAINER);
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(kept, hourAgo);
        Files.setLastModifiedTime(edited, hourAgo);
        SourceCache cache = new SourceCache();
        ContentLoader firstLoader = new ContentLoader(diagnostics, cache);
        List<SourceFile> first = firstLoader.load(content).explainers().stream().map(firstLoader::read).toList();

        Files.writeString(edited, EXPLAINER.replace("one", "1") + "More.\n");
        ContentLoader secondLoader = new ContentLoader(diagnostics, cache);
        List<SourceFile> second = secondLoader.load(content).explainers().stream().map(secondLoader::read).toList();

        assertTrue(first.get(1) == second.get(1), "an unchanged file is not read again");
        assertEquals(EXPLAINER.replace("one", "1") + "More.\n", second.get(0).text());
        assertTrue(errors().isEmpty(), () -> errors().toString());
    }

    /**
     * With a watcher, a folder is listed again only when a path it reported came or went: a save keeps
     * the last listing (so a file the watcher never reported stays unseen until one is).
     */
    @Test
    void aWatchedPreviewListsAFolderAgainOnlyWhenAReportedFileCameOrWent() throws IOException {
        Path a = write("explainers/a.md", EXPLAINER);
        SourceCache cache = new SourceCache();
        new ContentLoader(diagnostics, cache).load(content);
        Path folder = content.toRealPath().resolve("explainers");

        write("explainers/unreported.md", EXPLAINER);
        Files.writeString(a, EXPLAINER + "Saved.\n");
        cache.watched(List.of(folder.resolve("a.md")));
        assertEquals(List.of("explainers/a.md"),
                found(new ContentLoader(diagnostics, cache).load(content).explainers()),
                "a save of a listed file: the listing is kept");

        write("explainers/b.md", EXPLAINER);
        cache.watched(List.of(folder.resolve("b.md")));
        assertEquals(List.of("explainers/a.md", "explainers/b.md", "explainers/unreported.md"),
                found(new ContentLoader(diagnostics, cache).load(content).explainers()), "a new file: listed again");

        Files.delete(a);
        cache.watched(List.of(folder.resolve("a.md")));
        assertEquals(List.of("explainers/b.md", "explainers/unreported.md"),
                found(new ContentLoader(diagnostics, cache).load(content).explainers()),
                "a deleted file: listed again");
        assertTrue(errors().isEmpty(), () -> errors().toString());
    }

    @Test
    void aFileChangedWithinTheClockTickOfItsLastReadIsReadAgain() throws IOException {
        // same size and the same modification time as when it was read: only its recent time gives it away
        Path file = write("explainers/racy.md", EXPLAINER);
        assertRereadAfterSameSizeSave(file, Files.getLastModifiedTime(file));
    }

    @Test
    void whereTimesHaveWholeSecondsOnlyAFileChangedWithinSecondsOfItsReadIsReadAgain() throws IOException {
        // a file system that stores whole seconds gives a save one second ago the time of a save now
        Path file = write("explainers/coarse.md", EXPLAINER);
        java.nio.file.attribute.FileTime second = java.nio.file.attribute.FileTime.fromMillis(
                (System.currentTimeMillis() - 1_000) / 1_000 * 1_000);
        Files.setLastModifiedTime(file, second);
        assertRereadAfterSameSizeSave(file, second);
    }

    /** Loads, saves the file again with the same size and {@code stamp} as its time, loads again. */
    private void assertRereadAfterSameSizeSave(Path file, java.nio.file.attribute.FileTime stamp) throws IOException {
        SourceCache cache = new SourceCache();
        ContentLoader first = new ContentLoader(diagnostics, cache);
        first.load(content).explainers().forEach(first::read);

        Files.writeString(file, EXPLAINER.replace("one", "ONE"));
        Files.setLastModifiedTime(file, stamp);
        ContentLoader again = new ContentLoader(diagnostics, cache);

        assertEquals(EXPLAINER.replace("one", "ONE"), again.read(again.load(content).explainers().get(0)).text());
    }

    @Test
    void explainersAreFoundByTheLoadAndReadOnlyWhenAsked() throws IOException {
        write("explainers/a.md", EXPLAINER);
        Path b = write("explainers/b.md", EXPLAINER.replace("T", "U"));
        write("explainers/c.txt", EXPLAINER);
        write("actors/x.md", EXPLAINER);
        ContentSources sources = load();
        Files.writeString(b, "edited after the load");

        assertEquals(List.of("explainers/a.md", "explainers/b.md"), found(sources.explainers()),
                "explainers only, not the file of another kind");
        assertEquals(List.of(EXPLAINER, "edited after the load"), read(sources).stream().map(SourceFile::text).toList(),
                "each text as it is when read");
        assertEquals(EXPLAINER, sources.actors().get(0).text());
    }
}
