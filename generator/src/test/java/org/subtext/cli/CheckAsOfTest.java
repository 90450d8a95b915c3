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

/** {@code check --as-of DATE}: a claim past its review_by is a warning, an error under --strict. */
class CheckAsOfTest {

    @TempDir
    Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSite() {
        TestSites.write(root, TestSites.sections("""
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
                -- content/explainers/a.md --
                ---
                title: A
                summary: S.
                section: S
                published: 2026-01-01
                authors: [desk]
                claims:
                  - id: c
                    by: x
                    date: 2026
                    text: Said.
                    status: unverified
                    source: s
                    checked: 2026-05-01
                    review_by: 2026-06-01
                sources:
                  - id: s
                    title: A source
                timeline:
                  - id: e
                    date: 2026
                    title: Event
                ---
                Body.
                """));
    }

    private int check(String... options) {
        String[] args = new String[3 + options.length];
        args[0] = "check";
        args[1] = "--content";
        args[2] = root.resolve("content").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String messages() {
        return (out + err.toString()).replace(root + "/", "");
    }

    @Test
    void aClaimPastItsReviewDateIsAWarningAtTheClaim() {
        assertEquals(0, check("--as-of", "2026-06-02"), messages());
        assertTrue(messages().contains("content/explainers/a.md:8:5: warning: claim 'c' was due for review by"
                + " 2026-06-01 (checking as of 2026-06-02): verify its status, then update 'checked' and set a new"
                + " 'review_by'"), messages());
    }

    @Test
    void onItsReviewDateItIsNotYetDue() {
        assertEquals(0, check("--as-of", "2026-06-01"), messages());
        assertFalse(messages().contains("due for review"), messages());
    }

    @Test
    void strictMakesItAnError() {
        assertEquals(1, check("--strict", "--as-of", "2026-07-01"), messages());
        assertTrue(messages().contains("error: claim 'c' was due for review"), messages());
    }

    @Test
    void theDateMustBeADay() {
        assertEquals(2, check("--as-of", "2026-06"), messages());
        assertTrue(messages().contains("--as-of must be a date such as 2026-12-06, not '2026-06'"), messages());
    }
}
