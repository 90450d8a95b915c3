package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.SiteCrawl;
import org.subtext.testing.TestSites;

/** Builds the sample content the README points at and checks the site a reader gets. */
class SampleSiteTest {

    private static final Path CONTENT = Path.of("content");

    private BuildResult build(Path out, String baseUrl, boolean drafts) throws IOException {
        BuildResult result = new SiteBuilder().build(new BuildOptions(CONTENT, TestSites.TEMPLATES, out, drafts,
                baseUrl));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        return result;
    }

    @Test
    void everyInternalLinkAndAnchorResolves(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        build(out, null, false);
        SiteCrawl crawl = new SiteCrawl(out, "/");
        assertEquals(List.of(), crawl.brokenLinks());
        assertEquals(List.of(), crawl.duplicateIds());
        assertTrue(crawl.linksChecked() > 500, "checked " + crawl.linksChecked() + " links");
        System.out.println("sample site: " + crawl.pagePaths().size() + " pages, " + crawl.linksChecked()
                + " internal links checked");
    }

    @Test
    void underASubPathEveryLinkStaysInsideIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        build(out, "https://example.org/news/explainers/", false);
        SiteCrawl crawl = new SiteCrawl(out, "/news/explainers/");
        assertEquals(List.of(), crawl.brokenLinks());
        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("<id>https://example.org/news/explainers/explainers/russia-ready-for-talks/</id>"));
        parseXml(out.resolve("feed.xml"));
        org.w3c.dom.Document sitemap = parseXml(out.resolve("sitemap.xml"));
        int urls = sitemap.getElementsByTagName("loc").getLength();
        for (int i = 0; i < urls; i++) {
            assertTrue(sitemap.getElementsByTagName("loc").item(i).getTextContent()
                    .startsWith("https://example.org/news/explainers/"));
        }
        assertTrue(Files.readString(out.resolve("robots.txt"))
                .contains("Sitemap: https://example.org/news/explainers/sitemap.xml"));
    }

    @Test
    void draftsAreBuiltOnlyWhenAskedFor(@TempDir Path dir) throws IOException {
        build(dir.resolve("published"), null, false);
        build(dir.resolve("preview"), null, true);
        List<String> drafts = Files.list(CONTENT.resolve("explainers")).map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".md")).map(n -> n.substring(0, n.length() - 3))
                .filter(slug -> {
                    try {
                        return Files.readString(CONTENT.resolve("explainers/" + slug + ".md")).contains("\ndraft: true");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
        assertFalse(drafts.isEmpty(), "the sample content has a draft");
        for (String slug : drafts) {
            assertFalse(Files.exists(dir.resolve("published/explainers/" + slug)), slug);
            assertTrue(Files.exists(dir.resolve("preview/explainers/" + slug + "/index.html")), slug);
            assertFalse(Files.readString(dir.resolve("published/feed.xml")).contains(slug), slug);
            for (String kept : List.of("feed.xml", "feed.json", "sitemap.xml")) {
                assertFalse(Files.readString(dir.resolve("preview/" + kept)).contains("/" + slug + "/"),
                        "a preview keeps drafts out of " + kept);
            }
        }
        assertEquals("User-agent: *\nDisallow: /\n", Files.readString(dir.resolve("preview/robots.txt")));
        assertTrue(Files.readString(dir.resolve("preview/index.html"))
                .contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), "a preview is not indexed");
        assertTrue(Files.readString(dir.resolve("published/robots.txt")).startsWith("User-agent: *\nAllow: /\n"));
        assertFalse(Files.readString(dir.resolve("published/index.html")).contains("noindex"));
    }

    @Test
    void relatedExplainersAndBacklinksDoNotRepeatEachOther(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        build(out, null, false);
        int pages = 0;
        for (var entry : new SiteCrawl(out, "/").pages().entrySet()) {
            if (!entry.getKey().matches("explainers/[^/]+/index.html")) {
                continue;
            }
            pages++;
            Document page = entry.getValue();
            List<String> related = page.select("#related a").eachAttr("href");
            for (String backlink : page.select("#backlinks li > a").eachAttr("href")) {
                assertFalse(related.contains(backlink), entry.getKey() + ": " + backlink + " twice");
            }
        }
        assertTrue(pages > 5, "the sample's explainers");
    }

    @Test
    void theLeadExplainerShowsEveryPartOfTheModel(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        build(out, null, false);
        Document page = new SiteCrawl(out, "/").pages().get("explainers/russia-ready-for-talks/index.html");
        assertEquals("Russia says it is ready for talks: ready on whose terms?", page.selectFirst("h1").text());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertFalse(page.select("#headline-check dd").isEmpty());
        assertTrue(page.select(".layer").size() >= 2);
        assertFalse(page.select("#conditions .gap .mark--rejected").isEmpty());
        assertFalse(page.select(".claim .badge").isEmpty());
        assertFalse(page.select("#timeline .event").isEmpty());
        assertFalse(page.select("#sources li").isEmpty());
        assertFalse(page.select("#backlinks li").isEmpty());
        assertFalse(page.select(".update--correction").isEmpty());
        String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"@type\":\"NewsArticle\""));
        assertFalse(jsonLd.contains("<"), "no raw '<' inside the JSON-LD script");
        assertTrue(page.select("script:not([type=application/ld+json])").stream()
                .allMatch(s -> s.attr("src").startsWith("/static/") && s.data().isEmpty()), "no inline scripts");
    }

    @Test
    void timelineFiltersArePlainLinksToPagesWithOnlyTheMatchingEvents(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        build(out, null, false);
        SiteCrawl crawl = new SiteCrawl(out, "/");
        Document full = crawl.pages().get("timeline/index.html");
        Document putin = crawl.pages().get("timeline/actors/vladimir-putin/index.html");
        assertEquals("/timeline/actors/vladimir-putin/",
                full.selectFirst("nav.filters a:contains(Vladimir Putin)").attr("href"));
        assertEquals("Timeline: Vladimir Putin", putin.selectFirst("h1").text());
        assertEquals("/timeline/", putin.selectFirst(".lede a").attr("href"));
        assertFalse(putin.select(".event").isEmpty());
        assertTrue(putin.select(".event").size() < full.select(".event").size());
        putin.select(".event").forEach(event -> assertTrue(
                event.select("a[href=/actors/vladimir-putin/]").size() == 1, event.text()));
        Document tag = crawl.pages().get("timeline/tags/prisoners/index.html");
        assertFalse(tag.select(".event").isEmpty());
    }

    private static org.w3c.dom.Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
