package org.subtext.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.model.Actor;
import org.subtext.model.Author;
import org.subtext.model.Claim;
import org.subtext.model.ClaimStatus;
import org.subtext.model.ClaimWording;
import org.subtext.model.Explainer;
import org.subtext.model.ExplainerLabel;
import org.subtext.model.Page;
import org.subtext.model.Ref;
import org.subtext.model.SiteConfig;
import org.subtext.model.Source;
import org.subtext.model.StatusChange;
import org.subtext.source.SourceFile;

/** The keys of Version 2 of the format, parsed into the model; their rules are in invalid/. */
class Version2ParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();
    private final Diagnostics diagnostics = new Diagnostics();

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::message).toList();
    }

    private Explainer explainer(String extra) {
        String text = "---\ntitle: A long title\nsummary: S\nsection: World\npublished: 2026-01-02\n" + extra
                + "---\nBody\n";
        return parser.parseExplainer(new SourceFile("explainers/x.md", "content/explainers/x.md", text), diagnostics);
    }

    private SiteConfig site(String extra) {
        return parser.parseSite(new SourceFile("site.yaml", "content/site.yaml",
                "title: T\ndescription: D\nbase_url: https://example.org/\n" + extra), diagnostics);
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    @Test
    void explainerKeysParseIntoTheModel() {
        Explainer e = explainer("""
                authors: [jane-doe, alex-roe]
                short_title: Talks
                label: fact-check
                language: uk
                translation_of: {slug: talks, version: 2026-01-01T10:00:00Z}
                headline:
                  claimed: Peace is near.
                  sources: [tass]
                claims:
                  - id: c
                    by: a
                    date: 2026
                    text: We are ready.
                    status: disputed
                    wording: verbatim
                    source: tass
                    checked: 2026-01-02
                    review_by: 2026-03
                    history:
                      - date: 2025-12
                        status: stated
                        note: First *reported*.
                        source: tass
                sources:
                  - id: tass
                    title: TASS
                    url: https://tass.com/politics/1
                    archived: https://web.archive.org/web/2026/https://tass.com/politics/1
                    accessed: 2026-01-02
                """);
        assertEquals(List.of(), messages());
        assertEquals(List.of("jane-doe", "alex-roe"), ids(e.authors()));
        assertEquals("Talks", e.linkTitle());
        assertEquals(ExplainerLabel.FACT_CHECK, e.label());
        assertEquals("uk", e.language().id());
        assertEquals("talks", e.translationOf().original().id());
        assertEquals("2026-01-01T10:00:00Z", e.translationOf().version().iso());
        assertEquals(new SourcePosition("content/explainers/x.md", 10, 40), e.translationOf().versionPosition());
        assertEquals(List.of("tass"), ids(e.headline().sources()));
        Claim claim = e.claims().get(0);
        assertEquals(ClaimWording.VERBATIM, claim.wording());
        assertEquals("2026-01-02", claim.checked().text());
        assertEquals("2026-03", claim.reviewBy().text());
        assertEquals(new SourcePosition("content/explainers/x.md", 19, 13), claim.statusPosition());
        assertEquals(new SourcePosition("content/explainers/x.md", 22, 14), claim.checkedPosition());
        StatusChange change = claim.history().get(0);
        assertEquals("2025-12", change.date().text());
        assertEquals(ClaimStatus.STATED, change.status());
        assertEquals("First *reported*.", change.note());
        assertEquals("tass", change.source().id());
        Source source = e.sources().get(0);
        assertEquals("https://web.archive.org/web/2026/https://tass.com/politics/1", source.archived());
        assertEquals("2026-01-02", source.accessed().text());
    }

    @Test
    void newExplainerKeysAreOptional() {
        Explainer e = explainer("claims:\n  - {id: c, by: a, date: 2026, text: T, status: stated}\n");
        assertEquals(List.of(), messages());
        assertEquals(List.of(), e.authors());
        assertEquals("A long title", e.linkTitle());
        assertEquals(ExplainerLabel.EXPLAINER, e.label());
        assertNull(e.language());
        assertNull(e.translationOf());
        assertEquals(ClaimWording.PARAPHRASE, e.claims().get(0).wording());
        assertEquals(List.of(), e.claims().get(0).history());
        assertNull(e.claims().get(0).checkedPosition());
    }

    @Test
    void shortTitleMayBeSixtyCharactersButNotMore() {
        explainer("short_title: " + "é".repeat(60) + "\n");
        assertEquals(List.of(), messages());
        explainer("short_title: " + "é".repeat(61) + "\n");
        assertEquals(List.of("short_title is 61 characters long: keep it to 60 or fewer (it stands in running text,"
                + " breadcrumbs and lists)"), messages());
    }

    @Test
    void withoutCheckedOrUpdatedHistoryEndsByPublished() {
        explainer("claims:\n  - id: c\n    by: a\n    date: 2026\n    text: T\n    status: stated\n"
                + "    history:\n      - {date: 2026-01, status: unverified}\n      - {date: 2026-02, status: stated}\n");
        assertEquals(List.of(Diagnostic.error(new SourcePosition("content/explainers/x.md", 14, 9), "history entry"
                + " 2026-02 is after published 2026-01-02: the history holds earlier statuses only")),
                diagnostics.sorted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kremlin.ru", "https://kremlin.ru/", "https://www.president.gov.ua/en/",
        "https://www.gov.uk/uk", "https://example.org/en-gb/", "https://example.org/?utm=1"})
    void aHomePageSourceIsAWarning(String url) {
        explainer("sources:\n  - id: s\n    title: T\n    url: " + url + "\n");
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(List.of(Diagnostic.warning(new SourcePosition("content/explainers/x.md", 9, 10), "url '" + url
                + "' in sources[0].url is a home page: link the document itself, not the home page, so that readers"
                + " can find what it says")), all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kremlin.ru/events/president/news/1", "https://example.org/report",
        "https://example.org/en/news/", "https://example.org/report.pdf", "https://example.org/faq", "https://example.org/fil/"})
    void aDocumentSourceIsNot(String url) {
        explainer("sources:\n  - id: s\n    title: T\n    url: " + url + "\n");
        assertEquals(List.of(), messages());
    }

    @Test
    void siteSettingsParseIntoTheModel() {
        SiteConfig site = site("""
                languages:
                  uk: Українська
                  en: English
                tags:
                  ukraine-war: War in Ukraine
                publisher:
                  name: Subtext
                  url: https://example.org/about
                  logo: /assets/logo.svg
                policies:
                  corrections: corrections-policy
                  ownership: https://example.org/ownership
                """);
        assertEquals(List.of(), messages());
        assertEquals("uk", site.language(), "the first language is the default");
        assertEquals(List.of("uk", "en"), List.copyOf(site.languages().keySet()));
        assertEquals(Map.of("ukraine-war", "War in Ukraine"), site.tags());
        assertEquals("Subtext", site.publisher().name());
        assertEquals("https://example.org/about", site.publisher().url());
        assertEquals("assets/logo.svg", site.publisher().logo());
        assertEquals("corrections-policy", site.policies().corrections().page().id());
        assertNull(site.policies().corrections().url());
        assertEquals("https://example.org/ownership", site.policies().ownership().url());
        assertNull(site.policies().methods());
        assertEquals(List.of("corrections", "ownership"), List.copyOf(site.policies().given().keySet()));
    }

    @Test
    void aOneLanguageSiteHasOneLanguageCode() {
        assertEquals(java.util.Set.of("en"), site("").languageCodes());
        assertEquals(java.util.Set.of("pt-BR"), site("language: pt-BR\n").languageCodes());
        assertEquals(List.of(), messages());
        assertNull(site("").publisher());
    }

    @Test
    void authorsPagesAndActorsNamesParse() {
        Author author = parser.parseAuthor(new SourceFile("authors/jane-doe.md", "content/authors/jane-doe.md",
                "---\nname: Jane Doe\nrole: Diplomatic editor\nlinks: [https://example.org/jane]\n---\nBio.\n"),
                diagnostics);
        assertEquals(new Author("jane-doe", "content/authors/jane-doe.md", "Jane Doe", "Diplomatic editor",
                List.of("https://example.org/jane"), "Bio.\n", 6), author);
        Page page = parser.parsePage(new SourceFile("pages/about.md", "content/pages/about.md",
                "---\ntitle: About\nupdated: 2026-02\nlanguage: uk\ndraft: true\n---\nAbout us.\n"), diagnostics);
        assertEquals("about", page.slug());
        assertEquals("About", page.title());
        assertNull(page.summary());
        assertEquals("2026-02", page.updated().text());
        assertEquals("uk", page.language().id());
        assertEquals(true, page.draft());
        assertEquals("About us.\n", page.body());
        Actor actor = parser.parseActor(new SourceFile("actors/russia.md", "content/actors/russia.md",
                "---\nname: Russia\nkind: state\nnames:\n  uk: Росія\n---\nA state.\n"), diagnostics);
        assertEquals(List.of(), messages());
        assertEquals("Росія", actor.nameIn("uk"));
        assertEquals("Russia", actor.nameIn("de"));
        assertEquals(new SourcePosition("content/actors/russia.md", 5, 3), actor.names().get(0).position());
    }
}
