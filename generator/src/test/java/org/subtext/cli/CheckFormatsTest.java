package org.subtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/** {@code check} in its three output formats, and what --strict and --quiet change. */
class CheckFormatsTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: T
            description: D.
            base_url: https://example.org/
            -- content/actors/x.md --
            ---
            name: X
            kind: person
            ---
            Profile.
            -- content/authors/w.md --
            ---
            name: W
            ---
            Biography.
            -- content/explainers/a.md --
            ---
            title: A
            summary: "A summary, with: punctuation"
            section: S
            published: 2026-01-01
            authors: [w]
            claims:
              - id: c
                by: x
                date: 2026
                text: Said.
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
    void writeSite() {
        TestSites.write(root, TestSites.sections(SITE));
    }

    private int check(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "check";
        args[1] = "--content";
        args[2] = root.resolve("content").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String stdout() {
        return out.toString().replace(root + "/", "");
    }

    private void breakIt() {
        TestSites.write(root, TestSites.sections("""
                -- content/explainers/a.md --
                ---
                title: A
                summary: S
                section: S
                published: 2026-13-01
                claims:
                  - id: c
                    by: y
                    date: 2026
                    text: Said.
                    status: stated
                ---
                Body with [[nowhere]], 100% broken.
                """));
    }

    @Test
    void githubAnnotationsPointAtTheRightLines() {
        breakIt();
        assertEquals(1, check("--format", "github"));
        assertEquals("""
                ::warning file=content/actors/x.md,line=1,col=1::no explainer names this actor
                ::warning file=content/explainers/a.md,line=1,col=1::explainer has no timeline events
                ::warning file=content/explainers/a.md,line=1,col=1::published explainer has no authors: \
                add 'authors' (ids of files in authors/) for its byline
                ::error file=content/explainers/a.md,line=5,col=12::invalid date '2026-13-01' in published: \
                use YYYY, YYYY-MM, YYYY-MM-DD or a timestamp like 2026-06-24T05:18:07Z
                ::warning file=content/explainers/a.md,line=7,col=5::claim 'c' has no source
                ::error file=content/explainers/a.md,line=8,col=9::unknown actor 'y' in claims[0].by \
                (did you mean 'x'?)
                ::error file=content/explainers/a.md,line=13,col=11::unknown link target 'nowhere' in [[nowhere]]: \
                no explainer or actor has this id
                """, stdout());
    }

    @Test
    void jsonListsEveryDiagnostic() {
        breakIt();
        assertEquals(1, check("--format", "json"));
        String json = stdout();
        assertTrue(json.startsWith("[\n  {\"severity\": \"warning\", \"file\": \"content/actors/x.md\", \"line\": 1,"),
                json);
        assertTrue(json.contains("{\"severity\": \"error\", \"file\": \"content/explainers/a.md\", \"line\": 8,"
                + " \"column\": 9, \"message\": \"unknown actor 'y' in claims[0].by (did you mean 'x'?)\"}"), json);
        assertEquals(7, json.split("\"severity\"").length - 1);
    }

    @Test
    void aProblemWithAWholeFileHasNoLineOrColumnInJson() throws java.io.IOException {
        java.nio.file.Files.delete(root.resolve("content/site.yaml"));
        assertEquals(1, check("--format", "json"));
        assertTrue(stdout().contains("{\"severity\": \"error\", \"file\": \"content/site.yaml\", \"message\": \"missing"
                + " site.yaml"), stdout());
        assertFalse(stdout().contains("\"line\": 0"), stdout());
    }

    @Test
    void aCleanSiteChecksCleanInEveryFormat() {
        assertEquals(0, check());
        assertTrue(stdout().startsWith("No errors: "), stdout());
        out.getBuffer().setLength(0);
        assertEquals(0, check("--format", "github"));
        assertEquals("", stdout());
        assertEquals(0, check("--format", "json"));
        assertEquals("[]\n", stdout());
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        TestSites.write(root, TestSites.sections("""
                -- content/actors/nobody.md --
                ---
                name: Nobody
                kind: person
                ---
                Named by no explainer.
                """));
        assertEquals(0, check());
        assertTrue(err.toString().contains("warning: no explainer names this actor"), err.toString());
        assertEquals(1, check("--strict"));
        assertTrue(err.toString().contains("error: no explainer names this actor (--strict)"), err.toString());
    }

    @Test
    void quietPrintsErrorsOnly() {
        breakIt();
        assertEquals(1, check("--quiet"));
        assertTrue(!err.toString().contains("warning"), err.toString());
        assertTrue(err.toString().contains("3 errors; nothing was written"), err.toString());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, check("--format", "xml"));
    }

    @Test
    void manyWarningsAreCountedUnlessVerbose() {
        StringBuilder claims = new StringBuilder("claims:\n");
        for (int i = 0; i < 55; i++) {
            claims.append("  - id: c").append(i).append("\n    by: x\n    date: 2026\n    text: Said.\n    status: stated\n");
        }
        TestSites.write(root, TestSites.sections("""
                -- content/explainers/b.md --
                ---
                title: B
                summary: S.
                section: S
                published: 2026-01-01
                authors: [w]
                """ + claims + """
                ---
                Body.
                """));
        assertEquals(0, check());
        String text = err.toString();
        assertEquals(50, text.split(": warning: ", -1).length - 1, text);
        assertTrue(text.contains("... and 6 more warnings (--verbose lists them all)"), text);
        err.getBuffer().setLength(0);
        assertEquals(0, check("--verbose"));
        assertEquals(56, err.toString().split(": warning: ", -1).length - 1);
    }

    @Test
    void summariesCountOneInTheSingular() {
        StringBuilder claims = new StringBuilder("claims:\n");
        for (int i = 0; i < 50; i++) {
            claims.append("  - id: c").append(i).append("\n    by: x\n    date: 2026\n    text: Said.\n    status: stated\n");
        }
        TestSites.write(root, TestSites.sections("""
                -- content/explainers/b.md --
                ---
                title: B
                summary: S.
                section: S
                published: 2026-01-01
                authors: [nobody]
                """ + claims + """
                ---
                Body.
                """));
        assertEquals(1, check());
        String text = err.toString();
        assertTrue(text.contains("\n... and 1 more warning (--verbose lists them all)\n"), text);
        assertTrue(text.endsWith("\n1 error, 51 warnings; nothing was written\n"), text);
    }
}
