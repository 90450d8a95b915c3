package org.subtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/**
 * {@code check --against GIT_REF} in a real git repository: a fixture is committed, changed in the
 * working tree, and checked against the commit.
 */
class CheckAgainstTest {

    private static final String EXPLAINER = """
            ---
            title: A
            summary: S.
            section: S
            published: 2026-01-01
            updated: 2026-03-01
            authors: [desk]
            claims:
              - id: c
                by: x
                date: 2026
                text: Said.
                status: unverified
                source: s
              - id: d
                by: x
                date: 2026
                text: Also said.
                status: stated
                source: s
            sources:
              - id: s
                title: A source
            timeline:
              - id: e
                date: 2026
                title: Event
            ---
            Body.
            """;

    @TempDir
    Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void commitSite() throws Exception {
        TestSites.write(root.resolve("news"), TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                -- content/authors/desk.md --
                ---
                name: The desk
                ---
                Bio.
                -- content/actors/x.md --
                ---
                name: X
                kind: person
                ---
                Profile.
                """));
        write("a.md", EXPLAINER);
        write("b.md", EXPLAINER.replace("authors: [desk]", "authors: [desk]\ndraft: true"));
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "First");
    }

    private void write(String name, String text) throws IOException {
        Path file = root.resolve("news/content/explainers/" + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void edit(String name, String from, String to) throws IOException {
        Path file = root.resolve("news/content/explainers/" + name);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    private int check(String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--content", root.resolve("news/content").toString()));
        args.addAll(List.of(options));
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    private String messages() {
        return (out + err.toString()).replace(root + "/news/", "");
    }

    @Test
    void anUnchangedSitePasses() {
        assertEquals(0, check("--against", "HEAD"), messages());
    }

    @Test
    void aStatusChangedWithoutAHistoryEntryIsAnErrorAtTheClaimUntilTheEntryIsAdded() throws IOException {
        edit("a.md", "status: unverified", "status: disputed");
        assertEquals(1, check("--against", "HEAD"), messages());
        assertTrue(messages().contains("content/explainers/a.md:13:13: error: claim 'c' was unverified at HEAD and is"
                + " disputed now, without a new history entry: add the earlier status to its history (date, status:"
                + " unverified, note)"), messages());

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        edit("a.md", "status: disputed\n", """
                status: disputed
                    history:
                      - date: 2026-02-01
                        status: unverified
                """);
        assertEquals(0, check("--against", "HEAD"), messages());
    }

    @Test
    void aRemovedClaimNeedsANewCorrection() throws IOException {
        edit("a.md", """
                  - id: d
                    by: x
                    date: 2026
                    text: Also said.
                    status: stated
                    source: s
                """, "");
        assertEquals(1, check("--against", "HEAD"), messages());
        assertTrue(messages().contains("content/explainers/a.md:8:1: error: claim 'd' was published at HEAD and is"
                + " removed without a correction: add an updates entry with type: correction that says why"), messages());

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        edit("a.md", "sources:", """
                updates:
                  - date: 2026-03-01
                    note: We removed a claim that X did not make.
                    type: correction
                sources:""");
        assertEquals(0, check("--against", "HEAD"), messages());
    }

    @Test
    void anUpdateThatIsNotACorrectionDoesNotExcuseARemoval() throws IOException {
        edit("a.md", """
                  - id: d
                    by: x
                    date: 2026
                    text: Also said.
                    status: stated
                    source: s
                """, "");
        edit("a.md", "sources:", """
                updates:
                  - date: 2026-03-01
                    note: Tidied.
                sources:""");
        assertEquals(1, check("--against", "HEAD"), messages());
        assertTrue(messages().contains("error: claim 'd' was published at HEAD and is removed without a correction"),
                messages());
    }

    @Test
    void thePublishedDateStays() throws IOException {
        edit("a.md", "published: 2026-01-01", "published: 2026-02-01");
        assertEquals(1, check("--against", "HEAD"), messages());
        assertTrue(messages().contains("content/explainers/a.md:5:12: error: published was 2026-01-01 at HEAD: the date"
                + " of first publication does not change; say what changed with 'updated' and an updates entry"
                + " instead"), messages());
    }

    @Test
    void aDraftAtTheCommitWasNeverPublished() throws IOException {
        edit("b.md", "status: unverified", "status: confirmed");
        edit("b.md", "published: 2026-01-01", "published: 2026-02-01");
        assertEquals(0, check("--against", "HEAD", "--drafts"), messages());
    }

    @Test
    void aPublishedExplainerStaysOnTheRecordWhenItTurnsDraft() throws IOException {
        edit("a.md", "authors: [desk]", "authors: [desk]\ndraft: true");
        edit("a.md", "status: unverified", "status: confirmed");
        assertEquals(1, check("--against", "HEAD"), messages());
        assertTrue(messages().contains("error: claim 'c' was unverified at HEAD and is confirmed now"), messages());
    }

    @Test
    void aDeletedExplainerTakesItsClaimsWithoutACorrection() throws IOException {
        Files.delete(root.resolve("news/content/explainers/a.md"));
        assertEquals(1, check("--against", "HEAD"), messages());
        assertTrue(messages().contains("content/explainers/a.md:9:5: error: explainer 'a' was published at HEAD and is"
                + " gone, and its claim 'c' with it"), messages());
        assertTrue(messages().contains("content/explainers/a.md:15:5: error: explainer 'a' was published at HEAD and"
                + " is gone, and its claim 'd' with it"), messages());
    }

    @Test
    void theCommitIsComparedNotTheWorkingTree() throws Exception {
        edit("a.md", "status: unverified", "status: disputed");
        git("commit", "-q", "-am", "Disputed");
        assertEquals(0, check("--against", "HEAD"), messages());
        assertEquals(1, check("--against", "HEAD~1"), messages());
        assertTrue(messages().contains("error: claim 'c' was unverified at HEAD~1 and is disputed now"), messages());
    }

    @Test
    void aRefThatNamesNoCommitIsAUsageErrorWithoutAStackTrace() {
        assertEquals(2, check("--against", "no-such-branch"), messages());
        assertTrue(messages().startsWith("error: --against: 'no-such-branch' names no commit in the repository at "),
                messages());
        assertFalse(messages().contains("Exception"), messages());
    }

    @Test
    void aContentFolderOutsideAnyRepositoryIsAUsageError(@TempDir Path elsewhere) {
        TestSites.write(elsewhere, Map.of("content/site.yaml", "title: T\ndescription: D.\nbase_url: https://e.org/\n"));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "check", "--content",
                elsewhere.resolve("content").toString(), "--against", "HEAD");
        assertEquals(2, code, messages());
        assertTrue(messages().contains("error: --against needs the content folder in a git repository, and "),
                messages());
        assertFalse(messages().contains("Exception"), messages());
    }
}
