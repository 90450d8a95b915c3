package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/**
 * What other sites and readers get of an explainer: JSON-LD's image, og:locale, the sitemap's
 * lastmod, and the feeds' full text and card image.
 */
class SharingMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        TestSites.write(root, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/news/
                language: en
                -- content/authors/jane.md --
                ---
                name: Jane
                ---
                Bio.
                -- content/actors/x.md --
                ---
                name: X
                kind: person
                ---
                Profile.
                -- content/explainers/talks.md --
                ---
                title: Talks
                summary: About talks.
                section: World
                published: 2026-01-01
                updated: 2026-03-05
                authors: [jane]
                tags: [peace]
                key_points:
                  - One & two.
                headline:
                  claimed: X wants peace.
                  precise: X wants talks <on terms>.
                claims:
                  - id: c
                    by: x
                    date: 2026
                    text: Said.
                    status: stated
                ---
                See [[older]] and the note.[^1]

                ## A heading

                [^1]: A footnote.
                -- content/explainers/older.md --
                ---
                title: Older
                summary: Older one.
                section: World
                published: 2025-06-01
                authors: [jane]
                tags: [peace]
                ---
                Links to [[talks]].
                """));
        site = root.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES,
                site, false, null));
        assertEquals(List.of(), TestSites.errors(result, root));
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void theArticlesJsonLdNamesItsSocialCardAsItsImage() throws IOException {
        Document page = Jsoup.parse(read("explainers/talks/index.html"));
        JsonNode image = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()).path("image");
        assertEquals("ImageObject", image.path("@type").asText());
        assertEquals("https://example.org/news/explainers/talks/card.png", image.path("url").asText());
        assertEquals(1200, image.path("width").asInt());
        assertEquals(630, image.path("height").asInt());
        assertTrue(image.path("width").isInt(), "a number, not a string");
    }

    @Test
    void ogLocaleHasTheTerritoryOnEveryPage() throws IOException {
        for (String path : List.of("index.html", "explainers/talks/index.html", "authors/jane/index.html")) {
            assertEquals("en_GB", Jsoup.parse(read(path)).selectFirst("meta[property=og:locale]").attr("content"), path);
        }
    }

    @Test
    void theSitemapDatesEachPageByTheLastChangeOfWhatItShows() throws IOException {
        Map<String, String> lastmod = new HashMap<>();
        for (Element url : Jsoup.parse(read("sitemap.xml"), "", Parser.xmlParser()).select("url")) {
            Element date = url.selectFirst("lastmod");
            lastmod.put(url.selectFirst("loc").text().replace("https://example.org/news/", ""),
                    date == null ? null : date.text());
        }
        assertEquals("2026-03-05", lastmod.get("explainers/talks/"), "updated");
        assertEquals("2025-06-01", lastmod.get("explainers/older/"), "published, never updated");
        assertEquals("2026-03-05", lastmod.get("explainers/talks/claims/c/"), "a claim page, its explainer's");
        assertEquals("2026-03-05", lastmod.get(""), "the home page, the newest");
        assertEquals("2026-03-05", lastmod.get("sections/world/"));
        assertEquals("2026-03-05", lastmod.get("tags/peace/"));
        assertEquals("2026-03-05", lastmod.get("authors/jane/"));
        assertTrue(lastmod.containsKey("actors/x/"));
        assertEquals(null, lastmod.get("actors/x/"), "a page the content does not date has none");
    }

    @Test
    void theAtomFeedCarriesEachExplainersFullTextWithAbsoluteLinksAndItsCard() throws IOException {
        Document feed = Jsoup.parse(read("feed.xml"), "", Parser.xmlParser());
        Element entry = feed.selectFirst("entry:has(id:containsOwn(explainers/talks/))");
        assertNotNull(entry);
        Element content = entry.selectFirst("content");
        assertEquals("html", content.attr("type"));
        Document html = Jsoup.parseBodyFragment(content.text());
        assertEquals("The headline says: X wants peace.", html.select("p").get(0).text());
        assertEquals("More precisely: X wants talks <on terms>.", html.select("p").get(1).text());
        assertEquals("One & two.", html.selectFirst("ul li").text());
        assertEquals("https://example.org/news/explainers/older/", html.selectFirst("a:containsOwn(Older)").attr("href"));
        assertTrue(html.selectFirst("sup a").attr("href").startsWith("https://example.org/news/explainers/talks/#"),
                "a footnote is a fragment of the explainer's page: " + html.selectFirst("sup a"));
        assertEquals("A heading", html.selectFirst("h2").text(), "the body, whole");
        for (Element link : html.select("[href], [src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(url.startsWith("https://"), "absolute: " + link);
        }
        Element thumbnail = entry.selectFirst("media|thumbnail");
        assertEquals("https://example.org/news/explainers/talks/card.png", thumbnail.attr("url"));
        assertEquals("1200", thumbnail.attr("width"));
        assertEquals("http://search.yahoo.com/mrss/", feed.selectFirst("feed").attr("xmlns:media"));
    }

    @Test
    void theJsonFeedCarriesTheSameFullTextAndTheCardAsItsImage() throws IOException {
        JsonNode items = JSON.readTree(read("feed.json")).path("items");
        JsonNode talks = items.path(0);
        assertEquals("https://example.org/news/explainers/talks/", talks.path("url").asText());
        assertEquals("https://example.org/news/explainers/talks/card.png", talks.path("image").asText());
        String atom = Jsoup.parse(read("feed.xml"), "", Parser.xmlParser())
                .selectFirst("entry:has(id:containsOwn(explainers/talks/)) content").wholeText();
        assertEquals(atom, talks.path("content_html").asText());
        assertFalse(talks.has("content_text"));
    }
}
