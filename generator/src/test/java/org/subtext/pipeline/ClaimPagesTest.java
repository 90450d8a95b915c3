package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/** Each claim has a page of its own and a card to embed; rated claims carry a ClaimReview. */
class ClaimPagesTest {

    private static final Path CONTENT = Path.of("generator/src/test/resources/sites/basic/content");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        assertTrue(new SiteBuilder().build(new BuildOptions(CONTENT, TestSites.TEMPLATES, out.resolve("site"), false,
                null)).ok());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("site").resolve(path)), "https://example.org/");
    }

    @Test
    void aClaimPageShowsTheClaimItsStatusConditionsReadingsSourceAndWhoCitesIt() throws IOException {
        Document page = page("explainers/border-talks/claims/ready-to-talk/index.html");
        Element main = page.selectFirst("main");
        assertTrue(page.selectFirst("h1").text().length() > 10, "the claim as the title");
        assertEquals("Conditional", main.selectFirst(".badge--conditional").text(), "the status as a word");
        assertTrue(main.text().contains("Holds only if conditions are met."), "what the status means");
        assertFalse(main.select("#conditions-title + ul li").isEmpty(), "its conditions");
        assertFalse(main.select(".layer").isEmpty(), "the layers that read it");
        assertFalse(main.select("#source-title + p a[href^=http]").isEmpty(), "its source");
        assertEquals(List.of("/explainers/explainers/old-accord/"),
                main.select("#linked-title + ul a").eachAttr("href"), "the explainers whose prose links to it");
        assertEquals("/explainers/explainers/border-talks/#ready-to-talk",
                main.selectFirst("a:contains(See it in the explainer)").attr("href"));
        assertNull(page.selectFirst("script[type=application/ld+json]"), "a conditional claim is no verdict of ours");
    }

    @Test
    void aRatedClaimCarriesAClaimReview() throws IOException {
        Document page = page("explainers/border-talks/claims/no-talks/index.html");
        assertEquals("Disputed", page.selectFirst("main .badge").text());
        JsonNode review = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("ClaimReview", review.path("@type").asText());
        assertEquals(page.selectFirst("h1").text(), review.path("claimReviewed").asText());
        assertEquals("Disputed", review.path("reviewRating").path("alternateName").asText());
        assertEquals("Claim", review.path("itemReviewed").path("@type").asText());
        assertFalse(review.path("itemReviewed").path("author").path("name").asText().isEmpty());
        assertFalse(review.path("itemReviewed").path("datePublished").asText().isEmpty());
        assertEquals("Golden Media", review.path("author").path("name").asText(), "the publisher of site.yaml");
        assertEquals("NewsMediaOrganization", review.path("author").path("@type").asText());
        assertEquals("https://example.org/explainers/explainers/border-talks/claims/no-talks/",
                review.path("url").asText());
    }

    @Test
    void theExplainerAndTheTrackerLinkEachClaimPageAndItsCardLinksBack() throws IOException {
        Document explainer = page("explainers/border-talks/index.html");
        // from below the explainer's own folder, relative: /explainers/explainers/border-talks/claims/ready-to-talk/
        assertTrue(explainer.select("#ready-to-talk a").eachAttr("href").contains("claims/ready-to-talk/"));
        assertTrue(explainer.select("#ready-to-talk a").eachAttr("href").contains("claims/ready-to-talk/#note"),
                "its note, on the claim page");
        assertEquals("The claim's page Offer North Leader, June 2026", accessibleName(explainer,
                explainer.selectFirst("#ready-to-talk a[href=claims/ready-to-talk/]")));
        assertTrue(page("explainers/border-talks/claims/ready-to-talk/index.html").selectFirst("#note").text()
                .startsWith("Our assessment: Read against The first accord"), "the note in full on the claim page");
        assertTrue(page("claims/index.html").select("a").eachAttr("href")
                .contains("/explainers/explainers/border-talks/claims/no-talks/"));
        Document cards = page("embed/border-talks/index.html");
        assertEquals("https://example.org/explainers/explainers/border-talks/claims/no-talks/",
                cards.selectFirst("article#no-talks a").attr("href"), "each card is the fragment of its claim");
        assertEquals("_top", cards.selectFirst("article#no-talks a").attr("target"), "opens in the top window");
        assertTrue(page("explainers/border-talks/claims/no-talks/index.html").select("a").eachAttr("href")
                .contains("/explainers/embed/border-talks/#no-talks"), "the claim page links its card");
    }

    /** The name aria-labelledby gives: the texts of the elements it names, in order. */
    private static String accessibleName(Document page, org.jsoup.nodes.Element link) {
        return java.util.Arrays.stream(link.attr("aria-labelledby").split(" "))
                .map(id -> page.getElementById(id).text()).collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void onlyTheEmbeddedCardsMayBeFramedByOtherSites() throws IOException {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(out.resolve("site/_headers"))) {
            if (!line.startsWith(" ")) {
                current = new ArrayList<>();
                rules.put(line, current);
            } else {
                current.add(line.strip());
            }
        }
        assertEquals(1, rules.get("/embed/*").size());
        assertTrue(rules.get("/embed/*").get(0).endsWith("frame-ancestors *"));
        for (String folder : List.of("/", "/explainers/*", "/actors/*", "/claims/*", "/corrections/*", "/404.html")) {
            assertTrue(rules.get(folder).contains("X-Frame-Options: DENY"), folder);
            assertTrue(rules.get(folder).stream().anyMatch(h -> h.endsWith("frame-ancestors 'none'")), folder);
        }
        assertTrue(rules.get("/*").stream().noneMatch(h -> h.startsWith("X-Frame-Options")
                || h.startsWith("Content-Security-Policy")), "no framing rule that would also match /embed/");
    }

    private static final String VERDICTS = """
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
            -- content/explainers/a.md --
            ---
            title: A
            summary: S.
            section: S
            published: 2026-05-01
            updated: 2026-07-01
            claims:
              - id: said
                by: x
                date: 2026-05
                text: We will never sign.
                wording: verbatim
                status: contradicted
                source: transcript
                checked: 2026-06-30
                history:
                  - date: 2026-05-10
                    status: unverified
                    note: No *recording* yet.
                  - date: 2026-06-02
                    status: disputed
                    source: transcript
              - id: gist
                by: x
                date: 2026-05
                text: X says talks can wait.
                status: stated
                source: transcript
            timeline:
              - {id: e, date: 2026-05, title: Event}
            sources:
              - id: transcript
                title: Transcript of the briefing
                url: https://example.org/briefings/2026-05-10.html
                archived: https://web.archive.org/web/2026/https://example.org/briefings/2026-05-10.html
                accessed: 2026-06-30
            ---
            Body.
            """;

    @Test
    void onlyVerbatimClaimsAreQuotedAndAVerdictShowsItsDateAndItsTrail(@TempDir Path root) throws IOException {
        TestSites.write(root, TestSites.sections(VERDICTS));
        Path site = root.resolve("site");
        assertTrue(new SiteBuilder().build(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES, site, false,
                null)).ok());
        Document explainer = Jsoup.parse(Files.readString(site.resolve("explainers/a/index.html")));
        assertEquals("We will never sign.", explainer.selectFirst("#said blockquote.claim__text--verbatim").text());
        assertNull(explainer.selectFirst("#gist blockquote"), "a paraphrase is not set as a quotation");
        assertEquals("X says talks can wait.", explainer.selectFirst("#gist p.claim__text").text());
        assertTrue(explainer.selectFirst("#said .claim__status").text().contains(" as of 30 June 2026: "),
                explainer.selectFirst("#said .claim__status").text());
        assertEquals("Earlier: Unverified, 10 May 2026 → Disputed, 2 June 2026",
                explainer.selectFirst("#said .claim__trail").text());
        Element source = explainer.selectFirst("#source-transcript");
        assertEquals("https://web.archive.org/web/2026/https://example.org/briefings/2026-05-10.html",
                source.selectFirst("a:contains(archived copy)").attr("href"));
        assertTrue(source.text().contains("accessed 30 June 2026"), source.text());

        Document page = Jsoup.parse(Files.readString(site.resolve("explainers/a/claims/said/index.html")));
        assertEquals("“We will never sign.”", page.selectFirst("h1").text());
        assertEquals(List.of("Unverified 10 May 2026: No recording yet.",
                        "Disputed 2 June 2026 (Transcript of the briefing)", "Contradicted 30 June 2026: now"),
                page.select(".claim-page__trail li").eachText());
        assertEquals("recording", page.selectFirst(".claim-page__trail li em").text(),
                "a history note is inline Markdown, as the format says");
        JsonNode review = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("2026-06-30", review.path("datePublished").asText(), "the verdict's own date");
    }
}
