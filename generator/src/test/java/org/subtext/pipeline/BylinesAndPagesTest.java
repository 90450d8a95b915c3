package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.output.OutputFile;
import org.subtext.testing.TestSites;

/**
 * The trust signals of Version 2 as readers and machines meet them: bylines, author pages,
 * standalone pages, the publisher and its policies in every footer, JSON-LD and the feeds.
 */
class BylinesAndPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SITE = """
            -- content/site.yaml --
            title: Test Site
            description: D.
            base_url: https://example.org/news/
            language: en
            publisher:
              name: Example Media
              url: https://media.example/
              logo: assets/logo.svg
            policies:
              corrections: corrections-policy
              methods: https://media.example/methods
            -- content/assets/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/authors/jane-doe.md --
            ---
            name: Jane Doe
            role: Diplomatic editor
            links: [https://social.example/@jane]
            ---
            Jane covers **diplomacy**.
            -- content/authors/alex-roe.md --
            ---
            name: Alex Roe
            ---
            Alex edits.
            -- content/pages/corrections-policy.md --
            ---
            title: Corrections policy
            summary: How we correct our work.
            updated: 2026-02-01
            ---
            We correct *quickly*, as in [[older]].
            -- content/pages/unwritten.md --
            ---
            title: Unwritten
            draft: true
            ---
            Not yet.
            -- content/explainers/older.md --
            ---
            title: Older
            summary: The older one.
            section: S
            published: 2026-01-01
            authors: [jane-doe]
            ---
            Body.
            -- content/explainers/plain.md --
            ---
            title: Plain
            summary: Without a byline.
            section: S
            published: 2026-02-01
            ---
            Body.
            -- content/explainers/newer.md --
            ---
            title: Newer
            summary: The newer one.
            section: S
            published: 2026-03-01
            authors: [jane-doe, alex-roe]
            label: analysis
            ---
            Body.
            """;

    @TempDir
    static Path root;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        TestSites.write(root, TestSites.sections(SITE));
        site = root.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES,
                site, false, null));
        // the build checks every link of every page, the new ones included
        assertEquals(List.of(), TestSites.errors(result, root));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)), "https://example.org/");
    }

    private static JsonNode jsonLd(Document page) throws IOException {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(script, "the page has JSON-LD");
        return JSON.readTree(script.data());
    }

    @Test
    void anExplainerWithAuthorsHasABylineLinkingTheirPagesAndItsCardsNameThem() throws IOException {
        Document newer = page("explainers/newer/index.html");
        Element byline = newer.selectFirst(".explainer__header h1 + .lede + .byline");
        assertNotNull(byline, "the byline under the title and summary");
        assertEquals("By Jane Doe, Alex Roe", byline.text());
        assertEquals(List.of("/news/authors/jane-doe/", "/news/authors/alex-roe/"), byline.select("a").eachAttr("href"));
        assertNull(page("explainers/plain/index.html").selectFirst(".byline"), "no authors, no byline");

        Document section = page("sections/s/index.html");
        Element card = section.selectFirst(".card:has(a[href=\"/news/explainers/newer/\"])");
        assertEquals("By Jane Doe, Alex Roe", card.selectFirst(".card__byline").text());
        assertTrue(card.select(".card__byline a").isEmpty(), "names only on cards");
        assertNull(section.selectFirst(".card:has(a[href=\"/news/explainers/plain/\"]) .card__byline"));
    }

    @Test
    void theHomePagesLeadCardHasTheByline() throws IOException {
        Element lead = page("index.html").selectFirst(".lead");
        assertEquals("/news/explainers/newer/", lead.selectFirst(".lead__title a").attr("href"), "the newest leads");
        assertEquals("By Jane Doe, Alex Roe", lead.selectFirst(".card__byline").text());
    }

    @Test
    void theAuthorsIndexListsEveryAuthorByNameWithTheirExplainersAndEveryPageLinksIt() throws IOException {
        Document index = page("authors/index.html");
        assertEquals("Authors", index.selectFirst("main h1").text());
        assertEquals(List.of("Alex Roe 1 explainer", "Jane Doe Diplomatic editor · 2 explainers"),
                index.select("main li").eachText());
        assertEquals(List.of("/news/authors/alex-roe/", "/news/authors/jane-doe/"), index.select("main li a").eachAttr("href"));
        assertEquals("/news/authors/", page("authors/jane-doe/index.html").selectFirst("main .kicker a").attr("href"),
                "an author page leads to the others");
        for (String path : List.of("index.html", "explainers/plain/index.html", "authors/alex-roe/index.html")) {
            assertEquals("/news/authors/", page(path).selectFirst("footer a:containsOwn(Authors)").attr("href"), path);
        }
    }

    @Test
    void aSiteWithoutAuthorsHasNoAuthorsIndex(@TempDir Path work) throws IOException {
        TestSites.write(work, TestSites.sections(SITE.replaceAll("(?s)-- content/authors/jane-doe.md --.*?-- content/pages/",
                "-- content/pages/").replace("authors: [jane-doe, alex-roe]\n", "").replace("authors: [jane-doe]\n", "")));
        BuildResult result = new SiteBuilder().build(new BuildOptions(work.resolve("content"), TestSites.TEMPLATES,
                work.resolve("site"), false, null));
        assertEquals(List.of(), TestSites.errors(result, work));
        assertFalse(Files.exists(work.resolve("site/authors/index.html")));
        assertNull(Jsoup.parse(Files.readString(work.resolve("site/index.html"))).selectFirst("footer a:containsOwn(Authors)"));
    }

    @Test
    void theLabelShowsAboveTheTitleExceptForThePlainExplainer() throws IOException {
        assertEquals("Analysis · S", page("explainers/newer/index.html").selectFirst(".kicker").text());
        assertEquals("S", page("explainers/plain/index.html").selectFirst(".kicker").text());
    }

    @Test
    void anAuthorPageShowsTheirBioLinksAndExplainersNewestFirst() throws IOException {
        Document jane = page("authors/jane-doe/index.html");
        assertEquals("Jane Doe", jane.selectFirst("h1").text());
        assertEquals("Diplomatic editor", jane.selectFirst("h1 + .lede").text());
        assertEquals("diplomacy", jane.selectFirst("#profile strong").text(), "the biography as rendered Markdown");
        Element link = jane.selectFirst("a[href=\"https://social.example/@jane\"]");
        assertEquals("noopener", link.attr("rel"));
        assertEquals(List.of("/news/explainers/newer/", "/news/explainers/older/"),
                jane.select("#explainers .card__title a").eachAttr("href"));
        assertEquals(List.of("/news/explainers/newer/"),
                page("authors/alex-roe/index.html").select("#explainers .card__title a").eachAttr("href"));

        JsonNode person = jsonLd(jane);
        assertEquals("Person", person.path("@type").asText());
        assertEquals("Jane Doe", person.path("name").asText());
        assertEquals("https://example.org/news/authors/jane-doe/", person.path("url").asText());
        assertEquals("Diplomatic editor", person.path("jobTitle").asText());
        assertEquals("https://social.example/@jane", person.path("sameAs").path(0).asText());
    }

    @Test
    void aStandalonePageIsPublishedAtItsSlugAndADraftIsNot() throws IOException {
        Document policy = page("corrections-policy/index.html");
        assertEquals("Corrections policy", policy.selectFirst("main h1").text());
        assertEquals("How we correct our work.", policy.selectFirst("main .lede").text());
        assertEquals("2026-02-01", policy.selectFirst("main time").attr("datetime"));
        assertEquals("quickly", policy.selectFirst("main .prose em").text());
        assertEquals("/news/explainers/older/", policy.selectFirst("main .prose a").attr("href"), "wikilinks resolve");
        assertFalse(Files.exists(site.resolve("unwritten/index.html")), "drafts only with --drafts");
    }

    @Test
    void everyPageFooterNamesThePublisherAndLinksThePolicies() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            // embeddable cards are framed by other sites: they have no footer
            walk.filter(p -> p.toString().endsWith(".html") && !site.relativize(p).startsWith("embed"))
                    .forEach(pages::add);
        }
        assertTrue(pages.size() > 10);
        for (Path path : pages) {
            Element footer = Jsoup.parse(Files.readString(path)).selectFirst("footer .site-footer__policies");
            assertNotNull(footer, path.toString());
            assertEquals("Example Media · Corrections policy · Methods", footer.text(), path.toString());
            assertEquals(List.of("https://media.example/", "/news/corrections-policy/", "https://media.example/methods"),
                    footer.select("a").eachAttr("href"), path.toString());
        }
    }

    @Test
    void anExplainersJsonLdNamesItsAuthorsPublisherPoliciesAndType() throws IOException {
        JsonNode article = jsonLd(page("explainers/newer/index.html"));
        assertEquals("AnalysisNewsArticle", article.path("@type").asText());
        assertEquals(2, article.path("author").size());
        assertEquals("Person", article.path("author").path(0).path("@type").asText());
        assertEquals("Jane Doe", article.path("author").path(0).path("name").asText());
        assertEquals("https://example.org/news/authors/jane-doe/", article.path("author").path(0).path("url").asText());
        assertEquals("Alex Roe", article.path("author").path(1).path("name").asText());
        JsonNode publisher = article.path("publisher");
        assertEquals("NewsMediaOrganization", publisher.path("@type").asText());
        assertEquals("Example Media", publisher.path("name").asText());
        assertEquals("https://media.example/", publisher.path("url").asText());
        assertEquals("https://example.org/news/assets/logo.svg", publisher.path("logo").asText());
        assertEquals("https://example.org/news/corrections-policy/", publisher.path("correctionsPolicy").asText());
        assertEquals("https://media.example/methods", publisher.path("publishingPrinciples").asText());
        assertTrue(publisher.path("ethicsPolicy").isMissingNode(), "a policy not given is left out");

        JsonNode plain = jsonLd(page("explainers/plain/index.html"));
        assertEquals("NewsArticle", plain.path("@type").asText());
        assertEquals("NewsMediaOrganization", plain.path("author").path("@type").asText(), "the publisher, as before");
        assertEquals("Example Media", plain.path("author").path("name").asText());
    }

    @Test
    void theFeedsNameEachEntrysAuthorsAndKeepTheSiteForTheRest() throws IOException {
        Document atom = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        assertEquals("Test Site", atom.selectFirst("feed > author > name").text());
        Element newer = atom.selectFirst("entry:has(id:contains(/explainers/newer/))");
        assertEquals(List.of("Jane Doe", "Alex Roe"), newer.select("author > name").eachText());
        assertTrue(atom.selectFirst("entry:has(id:contains(/explainers/plain/))").select("author").isEmpty());

        JsonNode feed = JSON.readTree(site.resolve("feed.json").toFile());
        JsonNode first = feed.path("items").path(0);
        assertEquals("https://example.org/news/explainers/newer/", first.path("url").asText());
        assertEquals("Jane Doe", first.path("authors").path(0).path("name").asText());
        assertEquals("https://example.org/news/authors/jane-doe/", first.path("authors").path(0).path("url").asText());
        assertEquals("Alex Roe", first.path("authors").path(1).path("name").asText());
        JsonNode plain = feed.path("items").path(1);
        assertEquals("https://example.org/news/explainers/plain/", plain.path("url").asText());
        assertTrue(plain.path("authors").isMissingNode());
        assertEquals("Test Site", feed.path("authors").path(0).path("name").asText());
    }

    @Test
    void aLivePreviewRedrawsWhatAnEditedAuthorOrPageShows(@TempDir Path work) throws IOException {
        TestSites.write(work, TestSites.sections(SITE));
        Path content = work.resolve("content");
        BuildOptions options = new BuildOptions(content, TestSites.TEMPLATES, null, false, null);
        PreviewCache cache = new PreviewCache();
        new SiteBuilder(Progress.NONE, cache).render(options);
        List<Map.Entry<String, String[]>> edits = List.of(
                Map.entry("authors/jane-doe.md", new String[] {"name: Jane Doe", "name: Jane Q. Doe"}),
                Map.entry("authors/jane-doe.md", new String[] {"covers", "reports on"}),
                Map.entry("pages/corrections-policy.md", new String[] {"quickly", "promptly"}),
                Map.entry("pages/corrections-policy.md", new String[] {"title: Corrections policy", "title: Fixes"}));
        for (Map.Entry<String, String[]> edit : edits) {
            Path file = content.resolve(edit.getKey());
            Files.writeString(file, Files.readString(file).replace(edit.getValue()[0], edit.getValue()[1]));
            Map<String, String> incremental = texts(new SiteBuilder(Progress.NONE, cache).render(options));
            Map<String, String> clean = texts(new SiteBuilder().render(options));
            assertEquals(clean.keySet(), incremental.keySet());
            clean.forEach((path, text) -> assertEquals(text, incremental.get(path), edit.getValue()[1] + ": " + path));
        }
    }

    private static Map<String, String> texts(BuildResult result) {
        Map<String, String> texts = new TreeMap<>();
        for (OutputFile file : result.files()) {
            texts.put(file.path(), file.bytes() == null ? "copy of " + file.copyFrom()
                    : new String(file.bytes(), StandardCharsets.ISO_8859_1));
        }
        return texts;
    }
}
