package org.subtext.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildResult;
import org.subtext.testing.TestSites;

/**
 * The warnings of Version 2, which build but which an editor should see: an explainer without a
 * byline, and a translation behind its original. Whole small sites, since only errors are compared
 * by the invalid-site cases.
 */
class Version2WarningsTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: T
            description: D.
            base_url: https://example.org/
            languages:
              en: English
              uk: Українська
            -- content/authors/jane-doe.md --
            ---
            name: Jane Doe
            ---
            Bio.
            -- content/actors/x.md --
            ---
            name: X
            kind: person
            ---
            Profile.
            """;

    @TempDir
    Path root;

    /** The warnings of the site plus {@code files}, as printed; other than those every V1 site gets. */
    private List<String> warnings(String files) {
        TestSites.write(root, TestSites.sections(SITE + files));
        BuildResult result = TestSites.render(root.resolve("content"));
        assertEquals(List.of(), TestSites.errors(result, root));
        return TestSites.messages(result, root).stream()
                .filter(m -> !m.contains("explainer has no timeline events") && !m.contains("no explainer names"))
                .toList();
    }

    private static String explainer(String slug, String extra) {
        return "-- content/explainers/" + slug + ".md --\n---\ntitle: " + slug + "\nsummary: S.\nsection: S\n"
                + extra + "---\nBody.\n";
    }

    @Test
    void aPublishedExplainerWithoutAuthorsIsAWarning() {
        assertEquals(List.of("content/explainers/a.md:1:1: warning: published explainer has no authors: add"
                        + " 'authors' (ids of files in authors/) for its byline"),
                warnings(explainer("a", "published: 2026-01-01\n")
                        + explainer("b", "published: 2026-01-01\nauthors: [jane-doe]\n")
                        + explainer("c", "published: 2026-01-01\ndraft: true\n")));
    }

    @Test
    void aTranslationOlderThanTheOriginalsUpdateIsBehind() {
        assertEquals(List.of("content/explainers/b-uk.md:8:36: warning: translation is behind: it follows 'a' as of"
                        + " 2026-02-01, but the original was updated 2026-03-01; bring it up to date, then set"
                        + " translation_of.version to 2026-03-01"),
                warnings(explainer("a", "published: 2026-01-01\nupdated: 2026-03-01\nauthors: [jane-doe]\n")
                        + explainer("b-uk", "published: 2026-01-05\nauthors: [jane-doe]\nlanguage: uk\n"
                                + "translation_of: {slug: a, version: 2026-02-01}\n")));
    }

    @Test
    void aTranslationOfANeverUpdatedOriginalIsBehindItsPublication() {
        assertEquals(List.of("content/explainers/b-uk.md:8:36: warning: translation is behind: it follows 'a' as of"
                        + " 2025-12-31, but the original was published 2026-01-01T10:00:00Z; bring it up to date,"
                        + " then set translation_of.version to 2026-01-01T10:00:00Z"),
                warnings(explainer("a", "published: 2026-01-01T10:00:00Z\nauthors: [jane-doe]\n")
                        + explainer("b-uk", "published: 2026-01-05\nauthors: [jane-doe]\nlanguage: uk\n"
                                + "translation_of: {slug: a, version: 2025-12-31}\n")));
    }

    @Test
    void aVersionOfTheDayOfATimestampIsThatVersion() {
        assertEquals(List.of(), warnings(explainer("a", "published: 2026-01-01T10:00:00Z\nauthors: [jane-doe]\n")
                + explainer("b-uk", "published: 2026-01-05\nauthors: [jane-doe]\nlanguage: uk\n"
                        + "translation_of: {slug: a, version: 2026-01-01}\n")));
    }

    @Test
    void aTranslationOfTheLatestVersionWithTheSameVerdictsIsClean() {
        String claim = "claims:\n  - id: c\n    by: x\n    date: 2026\n    text: T\n    status: disputed\n"
                + "    checked: 2026-02-01\n    history:\n      - {date: 2026-01-01, status: stated}\n";
        assertEquals(List.of(), warnings(
                explainer("a", "published: 2026-01-01\nupdated: 2026-03-01\nauthors: [jane-doe]\n" + claim)
                        + explainer("b-uk", "published: 2026-01-05\nauthors: [jane-doe]\nlanguage: uk\n"
                                + "translation_of: {slug: a, version: 2026-03-01}\n" + claim))
                .stream().filter(m -> !m.contains("has no source")).toList());
    }
}
