package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/**
 * A site of two editions (sites/bilingual: English at the root, Ukrainian under /uk/, one explainer
 * translated and behind its original): each page links its other edition both ways, in hreflang and
 * in the language switch; the behind translation says so; the Ukrainian pages speak Ukrainian, dates
 * included; actors, events, feeds and search are per edition.
 */
class EditionsTest {

    private static final Path CONTENT = Path.of("generator/src/test/resources/sites/bilingual/content");
    private static final String ROOT = "https://example.org/news/";

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        BuildResult result = new SiteBuilder().build(new BuildOptions(CONTENT, TestSites.TEMPLATES,
                out.resolve("site"), false, null));
        assertEquals(List.of(), TestSites.errors(result, Path.of("")));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("site").resolve(path)), ROOT);
    }

    private static List<String> hreflang(Document page) {
        return page.select("head link[rel=alternate][hreflang]").stream()
                .map(l -> l.attr("hreflang") + " " + l.attr("href")).toList();
    }

    @Test
    void anExplainerAndItsTranslationLinkEachOtherBothWays() throws IOException {
        List<String> both = List.of("en " + ROOT + "explainers/border-talks/",
                "uk " + ROOT + "uk/explainers/peremovyny/", "x-default " + ROOT + "explainers/border-talks/");
        assertEquals(both, hreflang(page("explainers/border-talks/index.html")));
        assertEquals(both, hreflang(page("uk/explainers/peremovyny/index.html")));
        assertEquals(List.of(), hreflang(page("explainers/first-accord/index.html")), "no translation, no alternates");
        assertEquals(List.of("en " + ROOT, "uk " + ROOT + "uk/", "x-default " + ROOT), hreflang(page("index.html")),
                "the home pages are editions of each other");
    }

    @Test
    void translatedPagesCarryALanguageSwitchOfPlainLinks() throws IOException {
        Document english = page("explainers/border-talks/index.html");
        assertEquals("/news/uk/explainers/peremovyny/",
                english.selectFirst("nav.language-switch a[hreflang=uk]").attr("href"));
        assertEquals("Українська", english.selectFirst("nav.language-switch a[hreflang=uk]").text());
        Document ukrainian = page("uk/explainers/peremovyny/index.html");
        assertEquals("/news/explainers/border-talks/",
                ukrainian.selectFirst("nav.language-switch a[hreflang=en]").attr("href"));
        // the current language's link is in the page's own language, which <html lang> already says
        assertEquals("Українська", ukrainian.selectFirst("nav.language-switch a[aria-current=page]").text());
        assertEquals("uk", ukrainian.selectFirst("html").attr("lang"));
        assertNull(page("explainers/first-accord/index.html").selectFirst("nav.language-switch"));
    }

    @Test
    void aTranslationBehindItsOriginalSaysSoAndLinksTheOriginal() throws IOException {
        var notice = page("uk/explainers/peremovyny/index.html").selectFirst(".translation-behind");
        assertNotNull(notice, "the notice");
        assertEquals("/news/explainers/border-talks/", notice.selectFirst("a").attr("href"));
        assertEquals("2026-03-01", notice.selectFirst("time").attr("datetime"));
        assertEquals("1 березня 2026", notice.selectFirst("time").text(), "the original's update, in Ukrainian");
        assertNull(page("explainers/border-talks/index.html").selectFirst(".translation-behind"));
    }

    @Test
    void theTranslationsJsonLdNamesItsLanguageAndTheWorkItTranslates() throws IOException {
        String jsonLd = page("uk/explainers/peremovyny/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"inLanguage\":\"uk\""), jsonLd);
        assertTrue(jsonLd.contains("\"translationOfWork\":{\"@id\":\"" + ROOT + "explainers/border-talks/\"}"), jsonLd);
    }

    @Test
    void theUkrainianEditionSpeaksUkrainianWithGenitiveDates() throws IOException {
        Document home = page("uk/index.html");
        assertEquals("uk", home.selectFirst("html").attr("lang"));
        assertEquals("", home.selectFirst("html").attr("dir"), "Ukrainian reads left to right");
        assertEquals(List.of("Хронологія", "Заяви", "Дійові особи", "Теми", "Пошук"),
                home.select("nav[aria-label=Сайт] a").eachText());
        Document timeline = page("uk/timeline/index.html");
        assertTrue(timeline.select("time[datetime=2014-09-05]").eachText().contains("5 вересня 2014"),
                "a day's month in the genitive");
        assertEquals("Timeline", page("timeline/index.html").selectFirst("nav[aria-label=Site] a").text());
    }

    @Test
    void everyEditionsFooterLinksAPolicyPageInTheEditionItIsIn() throws IOException {
        assertEquals("/news/about/", page("uk/index.html").selectFirst(".site-footer__policies a").attr("href"));
        assertEquals("Політика виправлень", page("uk/index.html").selectFirst(".site-footer__policies a").text());
    }

    @Test
    void actorsAreSharedWithTheirNamesInEachEdition() throws IOException {
        assertEquals("Північний лідер", page("uk/actors/north-leader/index.html").selectFirst("h1").text());
        assertEquals("North Leader", page("actors/north-leader/index.html").selectFirst("h1").text());
    }

    @Test
    void wikilinksResolveInTheEditionOfThePageTheyAreOn() throws IOException {
        Document uk = page("uk/explainers/peremovyny/index.html");
        assertEquals("/news/uk/actors/north-leader/", uk.selectFirst(".prose a:contains(Північний лідер)").attr("href"),
                "an actor in the page's own language");
        assertEquals("#ready-to-talk", uk.selectFirst(".prose a:contains(заява)").attr("href"),
                "the page's own claim as a fragment");
        assertEquals("/news/actors/north-leader/",
                page("explainers/border-talks/index.html").selectFirst("#ready-to-talk .claim__meta a").attr("href"));
    }

    @Test
    void eventsShowInEveryEditionLinkingTheSameLanguageExplainer() throws IOException {
        Document uk = page("uk/timeline/index.html");
        assertEquals("Північ пропонує переговори", uk.selectFirst("#event-talks-offered .event__title").text(),
                "the event as the translation writes it");
        assertEquals(List.of("/news/uk/explainers/peremovyny/"),
                uk.select("#event-talks-offered .event__meta a[href*=explainers]").eachAttr("href"));
        assertEquals(List.of("/news/explainers/first-accord/"),
                uk.select("#event-first-accord-signed .event__meta a[href*=explainers]").eachAttr("href"),
                "an untranslated explainer's event links the original");
        Document en = page("timeline/index.html");
        assertEquals("The North offers talks", en.selectFirst("#event-talks-offered .event__title").text());
        assertEquals(List.of("/news/explainers/border-talks/"),
                en.select("#event-talks-offered .event__meta a[href*=explainers]").eachAttr("href"));
    }

    @Test
    void feedsSearchAndSitemapArePerEdition() throws IOException {
        Path site = out.resolve("site");
        String ukFeed = Files.readString(site.resolve("uk/feed.xml"));
        assertTrue(ukFeed.contains("xml:lang=\"uk\"") && ukFeed.contains(ROOT + "uk/explainers/peremovyny/"));
        assertFalse(ukFeed.contains("border-talks/"), "the English explainer is not in the Ukrainian feed");
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("peremovyny"));
        assertTrue(Files.exists(site.resolve("uk/search/index.json")), "the edition's own sharded index");
        String ukDocs = searchDocuments(site.resolve("uk/search/docs"));
        assertTrue(ukDocs.contains("/news/uk/explainers/peremovyny/") && !ukDocs.contains("border-talks"));
        assertTrue(ukDocs.contains("\"Пояснення · ") && ukDocs.contains("Заява: Північний лідер"),
                "results say what they are in the edition's words, actors by their Ukrainian names");
        assertFalse(searchDocuments(site.resolve("search/docs")).contains("peremovyny"));
        assertEquals("/news/uk/search/index.json",
                page("uk/search/index.html").selectFirst("[data-index]").attr("data-index"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + ROOT + "uk/explainers/peremovyny/</loc><lastmod>2026-02-05</lastmod>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + ROOT + "explainers/border-talks/\"/>"));
        assertFalse(Files.exists(site.resolve("uk/404.html")), "one page for unknown addresses, at the root");
        assertTrue(Files.exists(site.resolve("uk/explainers/peremovyny/card.png")));
        String headers = Files.readString(site.resolve("_headers"));
        assertTrue(headers.contains("\n/uk/embed/*\n  Content-Security-Policy: ") && !headers.contains("\n/uk/*\n"),
                "an edition's cards may be framed, as the default edition's are");
    }

    /** Every fragment of a search index, one after another. */
    private static String searchDocuments(Path docs) throws IOException {
        try (var files = Files.list(docs)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void theBenchmarksSiteOfTwoEditionsBuildsCleanly(@TempDir Path root) {
        TestSites.write(root, org.subtext.testing.Corpus.editions(30));
        BuildResult result = TestSites.render(root.resolve("content"));
        assertEquals(List.of(), TestSites.errors(result, root));
        long english = result.files().stream().filter(f -> f.path().matches("explainers/e\\d+/index.html")).count();
        long ukrainian = result.files().stream().filter(f -> f.path().matches("uk/explainers/e\\d+-uk/index.html"))
                .count();
        assertEquals(List.of(30L, 30L), List.of(english, ukrainian));
    }

    @Test
    void aSiteAddsOrOverridesWordsInItsTemplatesFolderAndRightToLeftLanguagesSaySo(@TempDir Path root) {
        TestSites.write(root, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                languages:
                  en: English
                  ar: العربية
                -- templates/messages/ar.properties --
                nav_timeline=الجدول الزمني
                """));
        BuildResult result = new SiteBuilder().render(new BuildOptions(root.resolve("content"),
                root.resolve("templates"), null, false, null));
        assertEquals(List.of(), TestSites.errors(result, root));
        Document ar = Jsoup.parse(new String(result.files().stream().filter(f -> f.path().equals("ar/index.html"))
                .findFirst().orElseThrow().bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals("الجدول الزمني", ar.selectFirst(".site-nav a").text());
        assertEquals("Claims", ar.select(".site-nav a").get(1).text(), "a word the site does not give is English");
    }
}
