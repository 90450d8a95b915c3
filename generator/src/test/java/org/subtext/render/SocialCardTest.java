package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.diag.Diagnostics;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.graph.Editions;
import org.subtext.model.Explainer;
import org.subtext.model.SiteConfig;
import org.subtext.pipeline.PreviewCache;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.output.OutputFile;
import org.subtext.source.SourceFile;
import org.subtext.testing.TestSites;
import org.subtext.view.Urls;
import org.subtext.view.Words;

/** The og:image of every explainer: a decodable 1200 × 630 PNG, the same bytes on every build, and linked. */
class SocialCardTest {

    private static final Path CONTENT = Path.of("content");

    @Test
    void everyExplainerHasACardThatDecodesAtTheRightSizeAndIsTheSameOnEveryBuild(@TempDir Path dir)
            throws IOException {
        Map<String, byte[]> first = cards(new SiteBuilder().build(options(dir.resolve("a"))), dir.resolve("a/site"));
        Map<String, byte[]> second = cards(new SiteBuilder().build(options(dir.resolve("b"))), dir.resolve("b/site"));
        Map<String, SocialCard.Text> expected = sampleCards();
        assertEquals(expected.keySet(), first.keySet(), "one card per published explainer, in its edition");
        assertTrue(expected.keySet().stream().anyMatch(path -> path.startsWith("uk/")), "the translation's card");
        assertEquals(first.keySet(), second.keySet());
        for (Map.Entry<String, byte[]> card : first.entrySet()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.getValue()));
            assertNotNull(image, card.getKey());
            assertEquals(SocialCard.WIDTH, image.getWidth(), card.getKey());
            assertEquals(SocialCard.HEIGHT, image.getHeight(), card.getKey());
            assertArrayEquals(card.getValue(), second.get(card.getKey()), card.getKey() + " differs between builds");
            assertArrayEquals(SocialCard.png(expected.get(card.getKey())), card.getValue(),
                    card.getKey() + " is drawn from its front matter and its edition's words");
        }
    }

    @Test
    void theUkrainianEditionsCardLabelsTheHeadlineCheckInUkrainian() throws IOException {
        SocialCard.Text uk = sampleCards().get("uk/explainers/russia-ready-for-talks-uk/card.png");
        List<String> lines = SocialCard.lines(uk).stream().map(CardLayout.Line::text).toList();
        assertTrue(lines.contains("ЗАГОЛОВКИ КАЖУТЬ") && lines.contains("ТОЧНІШЕ"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.matches(".*(HEADLINE|PRECISELY|Updated).*")), lines.toString());
    }

    /** A second build copies the cards the first one drew, and they are the very same images. */
    @Test
    void aSecondBuildReusesTheCardsTheFirstDrew(@TempDir Path dir) throws IOException {
        Map<String, byte[]> drawn = cards(new SiteBuilder().build(options(dir)), dir.resolve("site"));
        Path cache = dir.resolve(".subtext-cache/cards");
        List<Path> stored;
        try (java.util.stream.Stream<Path> files = Files.list(cache)) {
            stored = files.toList();
        }
        assertEquals(sampleCards().size(), stored.size(), stored.toString());
        Files.writeString(cache.resolve("left-from-an-old-title.png"), "stale");
        // unused for longer than the cache keeps a card (30 days): a card of a site built beside is kept
        Files.setLastModifiedTime(cache.resolve("left-from-an-old-title.png"), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(31))));
        Map<String, byte[]> copied = cards(new SiteBuilder().build(options(dir)), dir.resolve("site"));
        assertEquals(drawn.keySet(), copied.keySet());
        drawn.forEach((path, png) -> assertArrayEquals(png, copied.get(path), path));
        assertFalse(Files.exists(cache.resolve("left-from-an-old-title.png")), "cards no build used for 30 days are pruned");
    }

    @Test
    void explainerPagesPointSocialSitesAtTheirCardAndOtherPagesDoNot(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(CONTENT, TestSites.TEMPLATES, site, false,
                "https://example.net/sub/"));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        for (String path : cards(result, site).keySet()) {
            String page = path.replace("card.png", "index.html");
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            String url = "https://example.net/sub/" + path;
            assertEquals(url, doc.select("meta[property=og:image]").attr("content"), page);
            assertEquals("1200", doc.select("meta[property=og:image:width]").attr("content"), page);
            assertEquals("630", doc.select("meta[property=og:image:height]").attr("content"), page);
            // X reads og:image when twitter:image is absent: the card type is enough
            assertTrue(doc.select("meta[name=twitter:image]").isEmpty(), page);
            assertEquals("summary_large_image", doc.select("meta[name=twitter:card]").attr("content"), page);
        }
        Document actor = Jsoup.parse(site.resolve("actors/sergei-lavrov/index.html").toFile(), "UTF-8");
        assertTrue(actor.select("meta[property=og:image]").isEmpty());
        assertEquals("summary", actor.select("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void aPreviewRebuildReusesCardsWhoseTextDidNotChange() {
        SiteBuilder builder = new SiteBuilder(org.subtext.pipeline.Progress.NONE, new PreviewCache());
        BuildOptions options = new BuildOptions(CONTENT, TestSites.TEMPLATES, Path.of("unused"), false, null);
        Map<String, byte[]> first = kept(builder.render(options));
        Map<String, byte[]> second = kept(builder.render(options));
        first.forEach((path, png) -> assertSame(png, second.get(path), path));
    }

    @Test
    void titlesOfAnyLengthFitTheCard() throws IOException {
        String word = "Verylongwordwithoutanyspaceswhatsoever".repeat(4);
        for (String title : new String[] {"Minsk", "Минские соглашения и их судьба", word,
                "A title that goes on and on ".repeat(12)}) {
            byte[] png = SocialCard.png(new SocialCard.Text(title, "A section with a long name ".repeat(6),
                    "5 September 2014", "A site"));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(SocialCard.WIDTH, image.getWidth(), title);
            assertEquals(SocialCard.HEIGHT, image.getHeight(), title);
        }
    }

    @Test
    void anExplainerWithAHeadlineCheckShowsItInThePlaceOfTheTitle() {
        SocialCard.Text text = check("Russia says it is ready for talks", "Geopolitics", "24 June 2026",
                "A site", "Putin is ready for peace.", "Moscow is ready for talks on its terms.");
        assertEquals(List.of("GEOPOLITICS", "THE HEADLINE SAYS", "Putin is ready for peace.", "MORE PRECISELY",
                "Moscow is ready for talks on its terms.", "A site", "24 June 2026"),
                SocialCard.lines(text).stream().map(CardLayout.Line::text).toList());
        assertEquals(List.of("GEOPOLITICS", "MORE PRECISELY", "Moscow is ready.", "A site", "24 June 2026"),
                SocialCard.lines(check("T", "Geopolitics", "24 June 2026", "A site", null,
                        "Moscow is ready.")).stream().map(CardLayout.Line::text).toList(), "one side alone");
        String precise = "Moscow says it is ready for talks, on conditions that Kyiv has repeatedly rejected.";
        List<String> lines = SocialCard.lines(check("T", "S", "1 May 2026", "A site",
                "Putin is ready for peace.", precise)).stream().map(CardLayout.Line::text).toList();
        assertEquals(precise, String.join(" ", lines.subList(4, lines.size() - 2)),
                "a side longer than half the box is whole while the other leaves it room: " + lines);
        assertEquals(List.of("GEOPOLITICS", "Ready for talks", "A site", "24 June 2026"),
                SocialCard.lines(new SocialCard.Text("Ready for talks", "Geopolitics", "24 June 2026",
                        "A site")).stream().map(CardLayout.Line::text).toList(), "without a check, the title");
    }

    @Test
    void aHeadlineCheckOfAnyLengthStaysInTheTitlesBoxAndInsideTheMargins() {
        String long1 = "The headline that goes on and on about what was said ".repeat(8);
        String long2 = "A more precise version that also goes on for a very long time ".repeat(8);
        List<CardLayout.Line> lines = SocialCard.lines(check("T", "S", "1 May 2026", "A site", long1, long2));
        List<CardLayout.Line> check = lines.subList(1, lines.size() - 2);
        assertEquals("THE HEADLINE SAYS", check.get(0).text());
        assertTrue(check.stream().anyMatch(l -> l.text().equals("MORE PRECISELY")), "both sides are shown");
        for (CardLayout.Line line : check) {
            assertTrue(line.baseline() > 124 && line.baseline() <= 500, line + " in the title's box");
            double width = line.font().getStringBounds(line.text(),
                    new java.awt.font.FontRenderContext(null, true, false)).getWidth();
            assertTrue(line.x() + width <= SocialCard.WIDTH - CardLayout.MARGIN + 1, line + " inside the margin");
        }
        for (int i = 1; i < check.size(); i++) {
            assertTrue(check.get(i).baseline() > check.get(i - 1).baseline(), "lines do not overlap: " + check.get(i));
        }
    }

    /**
     * Every card of the sample site drawn 50 times by more threads than there are cores, all starting
     * together in a different order, is one set of bytes, the one drawn alone.
     */
    @Test
    void cardsDrawnOnAllCoresAtOnceAreTheSameBytesEveryTime() throws Exception {
        List<SocialCard.Text> texts = List.copyOf(sampleCards().values());
        Map<SocialCard.Text, byte[]> alone = new HashMap<>();
        texts.forEach(text -> alone.put(text, SocialCard.png(text)));
        int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<SocialCard.Text, List<byte[]>>>> drawn = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                drawn.add(pool.submit(() -> {
                    start.await();
                    Map<SocialCard.Text, List<byte[]>> mine = new HashMap<>();
                    for (int i = first; i < DRAWS * texts.size(); i += threads) {
                        SocialCard.Text text = texts.get(i % texts.size());
                        mine.computeIfAbsent(text, k -> new ArrayList<>()).add(SocialCard.png(text));
                    }
                    return mine;
                }));
            }
            start.countDown();
            Map<SocialCard.Text, Integer> count = new HashMap<>();
            for (Future<Map<SocialCard.Text, List<byte[]>>> future : drawn) {
                future.get(5, TimeUnit.MINUTES).forEach((text, pngs) -> {
                    for (byte[] png : pngs) {
                        assertArrayEquals(alone.get(text), png, () -> text.title() + ": " + png.length
                                + " bytes where drawn alone it is " + alone.get(text).length);
                    }
                    count.merge(text, pngs.size(), Integer::sum);
                });
            }
            texts.forEach(text -> assertEquals(DRAWS, count.get(text), text.title()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int DRAWS = 50;

    /** What the card cache keeps: only a whole PNG of the card of that very text. */
    @Test
    void aCardIsRecognisedAndAnythingElseIsNot() {
        SocialCard.Text text = new SocialCard.Text("Minsk", "Geopolitics", "5 September 2014", "A site");
        byte[] png = SocialCard.png(text);
        assertTrue(SocialCard.isCardOf(text, png));
        assertFalse(SocialCard.isCardOf(new SocialCard.Text("Minsk!", "Geopolitics", "5 September 2014", "A site"),
                png), "the card of another text");
        assertFalse(SocialCard.isCardOf(text, java.util.Arrays.copyOf(png, png.length - 1)), "cut short");
        assertFalse(SocialCard.isCardOf(text, java.util.Arrays.copyOf(png, png.length + 1)), "a byte too many");
        for (int at : new int[] {3, 20, 37, 45, png.length / 2, png.length - 20, png.length - 2}) {
            byte[] changed = png.clone();
            changed[at] ^= 0x10;
            assertFalse(SocialCard.isCardOf(text, changed), "byte " + at + " changed");
        }
        assertFalse(SocialCard.isCardOf(text, new byte[0]));
    }

    /**
     * The card texts of the sample site's published explainers by the card's site path, made from their
     * front matter and their edition's message file, as a build makes them: one card per explainer, so
     * a card the build leaves out is missed.
     */
    private static Map<String, SocialCard.Text> sampleCards() throws IOException {
        FrontMatterParser parser = new FrontMatterParser();
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = parser.parseSite(source(CONTENT.resolve("site.yaml")), diagnostics);
        MessageFiles messages = new MessageFiles(TestSites.TEMPLATES, BuiltInTemplates.files());
        Map<String, SocialCard.Text> texts = new TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(CONTENT.resolve("explainers"))) {
            for (Path file : files.sorted().toList()) {
                Explainer e = parser.parseExplainer(source(file), diagnostics);
                if (e != null && !e.draft()) {
                    String language = config.languageOr(e.language() == null ? null : e.language().id());
                    Words words = messages.words(language);
                    texts.put(Editions.prefix(config, language) + Urls.socialCard(e.slug()),
                            new SocialCard.Text(e.title(), e.section(), e.updated() != null
                                    ? words.format("card_updated", words.date(e.updated()))
                                    : words.date(e.published()), config.title(),
                                    e.headline() == null ? null : e.headline().claimed(),
                                    e.headline() == null ? null : e.headline().precise(),
                                    words.get("headline_says"), words.get("headline_precisely")));
                }
            }
        }
        assertTrue(!diagnostics.hasErrors(), diagnostics.sorted().toString());
        return texts;
    }

    /** A card with a headline check, under the English labels. */
    private static SocialCard.Text check(String title, String section, String date, String site, String claimed,
                                         String precise) {
        return new SocialCard.Text(title, section, date, site, claimed, precise, "The headline says",
                "More precisely");
    }

    private static SourceFile source(Path file) throws IOException {
        String path = CONTENT.relativize(file).toString().replace('\\', '/');
        return new SourceFile(path, file.toString(), Files.readString(file));
    }

    private static BuildOptions options(Path dir) {
        return new BuildOptions(CONTENT, TestSites.TEMPLATES, dir.resolve("site"), false, null);
    }

    /** The cards of a build kept in memory (a preview's). */
    private static Map<String, byte[]> kept(BuildResult result) {
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        Map<String, byte[]> cards = new TreeMap<>();
        for (OutputFile file : result.files()) {
            if (file.path().endsWith("/card.png")) {
                cards.put(file.path(), file.bytes());
            }
        }
        try {
            assertEquals(sampleCards().keySet(), cards.keySet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cards;
    }

    /** The cards a build wrote into {@code site}. */
    private static Map<String, byte[]> cards(BuildResult result, Path site) {
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        Map<String, byte[]> cards = new TreeMap<>();
        TestSites.snapshot(site).forEach((path, bytes) -> {
            if (path.endsWith("/card.png")) {
                cards.put(path, bytes);
            }
        });
        return cards;
    }
}
