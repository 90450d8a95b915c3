package org.subtext.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

class MarkdownRendererTest {

    private static final String FILE = "content/explainers/here.md";
    private static final SourcePosition BODY_START = new SourcePosition(FILE, 10, 1);

    private static final LinkIndex INDEX = new LinkIndex(Map.of(
            "minsk-agreements", new LinkTarget("minsk-agreements", "explainers/minsk-agreements/",
                    "The Minsk agreements", Set.of("ceasefire", "withdrawal")),
            "vladimir-putin", new LinkTarget("vladimir-putin", "actors/vladimir-putin/", "Vladimir Putin", Set.of()),
            "odd-title", new LinkTarget("odd-title", "explainers/odd-title/", "A <b>bold</b> & \"odd\" title",
                    Set.of())),
            Set.of("secret-draft"), Set.of("broken-file"));

    private final Diagnostics diagnostics = new Diagnostics();

    private RenderedMarkdown body(String basePath, String markdown) {
        return new MarkdownRenderer(basePath).renderBody(markdown, BODY_START, INDEX, Set.of(), diagnostics);
    }

    private RenderedMarkdown body(String markdown) {
        return body("/", markdown);
    }

    private static Element onlyLink(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<Element> links = doc.select("a");
        assertEquals(1, links.size(), html);
        return links.get(0);
    }

    private List<Diagnostic> errors() {
        return diagnostics.sorted();
    }

    private Diagnostic singleError() {
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), all::toString);
        assertTrue(all.get(0).isError());
        return all.get(0);
    }

    // --- wikilinks ---

    @Test
    void wikilinkToAnExplainerUsesItsTitle() {
        RenderedMarkdown out = body("See [[minsk-agreements]].");
        Element a = onlyLink(out.html());
        assertEquals("/explainers/minsk-agreements/", a.attr("href"));
        assertEquals("The Minsk agreements", a.text());
        assertEquals(List.of(), errors());
        assertEquals(1, out.links().size());
        OutgoingLink link = out.links().get(0);
        assertEquals("minsk-agreements", link.targetId());
        assertEquals(null, link.anchor());
        assertEquals(new SourcePosition(FILE, 10, 5), link.position());
    }

    @Test
    void wikilinkToAnActor() {
        Element a = onlyLink(body("Said [[vladimir-putin]].").html());
        assertEquals("/actors/vladimir-putin/", a.attr("href"));
        assertEquals("Vladimir Putin", a.text());
    }

    @Test
    void wikilinkWithALabel() {
        Element a = onlyLink(body("See [[minsk-agreements|the accords]].").html());
        assertEquals("/explainers/minsk-agreements/", a.attr("href"));
        assertEquals("the accords", a.text());
    }

    @Test
    void wikilinkToAClaim() {
        RenderedMarkdown out = body("See [[minsk-agreements#ceasefire]].");
        Element a = onlyLink(out.html());
        assertEquals("/explainers/minsk-agreements/#ceasefire", a.attr("href"));
        assertEquals("ceasefire", out.links().get(0).anchor());
        assertEquals(List.of(), errors());
    }

    @Test
    void wikilinkToAClaimWithALabel() {
        Element a = onlyLink(body("See [[minsk-agreements#withdrawal|the withdrawal clause]].").html());
        assertEquals("/explainers/minsk-agreements/#withdrawal", a.attr("href"));
        assertEquals("the withdrawal clause", a.text());
    }

    @Test
    void wikilinkToAClaimWithoutALabelShowsTheTitle() {
        Element a = onlyLink(body("See [[minsk-agreements#ceasefire]].").html());
        assertEquals("The Minsk agreements", a.text());
    }

    @Test
    void wikilinksGetTheBasePathUnderASubPath() {
        String html = body("/sub/", "[[minsk-agreements]] [[vladimir-putin|Putin]] [[minsk-agreements#ceasefire|c]]")
                .html();
        List<String> hrefs = Jsoup.parseBodyFragment(html).select("a").eachAttr("href");
        assertEquals(List.of("/sub/explainers/minsk-agreements/", "/sub/actors/vladimir-putin/",
                "/sub/explainers/minsk-agreements/#ceasefire"), hrefs);
    }

    @Test
    void targetTitleIsEscaped() {
        String html = body("[[odd-title]]").html();
        Element a = onlyLink(html);
        assertEquals("A <b>bold</b> & \"odd\" title", a.text());
        assertTrue(a.select("b").isEmpty(), html);
    }

    @Test
    void missingTargetIsAnErrorAtItsLineAndColumnAndRendersAsText() {
        String markdown = "First paragraph.\n\nSecond line has [[minsk-agreemnts]] in it.\n";
        RenderedMarkdown out = body(markdown);
        Diagnostic d = singleError();
        assertEquals(new SourcePosition(FILE, 12, 17), d.position());
        assertTrue(d.message().startsWith("unknown link target 'minsk-agreemnts'"), d.message());
        assertTrue(d.message().endsWith("(did you mean 'minsk-agreements'?)"), d.message());
        assertTrue(Jsoup.parseBodyFragment(out.html()).select("a").isEmpty(), out.html());
        assertTrue(out.html().contains("minsk-agreemnts"), out.html());
        assertFalse(out.html().contains("[["), out.html());
        assertEquals(List.of(), out.links());
    }

    @Test
    void missingTargetKeepsItsLabelAsText() {
        RenderedMarkdown out = body("x [[nowhere|a label]] y");
        assertEquals(1, errors().size());
        assertTrue(out.html().contains("x a label y"), out.html());
    }

    @Test
    void missingAnchorIsAnErrorAtItsLineAndColumn() {
        String markdown = "# Title\n\nText.\n\n- item\n- see [[minsk-agreements#cease-fire]]\n";
        RenderedMarkdown out = body(markdown);
        Diagnostic d = singleError();
        assertEquals(new SourcePosition(FILE, 15, 7), d.position());
        assertTrue(d.message().startsWith("unknown anchor '#cease-fire' in [[minsk-agreements#cease-fire]]"),
                d.message());
        assertTrue(d.message().endsWith("(did you mean 'ceasefire'?)"), d.message());
        assertEquals(List.of(), out.links());
    }

    @Test
    void anchorOnAnActorIsAnError() {
        body("[[vladimir-putin#quote]]");
        assertTrue(singleError().message().startsWith("unknown anchor '#quote'"));
    }

    @Test
    void severalBrokenLinksAreAllReportedWithTheirOwnColumns() {
        String line = "a [[one]] b [[two]]";
        body("\n" + line);
        List<Diagnostic> all = errors();
        assertEquals(2, all.size());
        assertEquals(new SourcePosition(FILE, 11, line.indexOf("[[one") + 1), all.get(0).position());
        assertEquals(new SourcePosition(FILE, 11, line.indexOf("[[two") + 1), all.get(1).position());
    }

    @Test
    void linkToAnExcludedDraftIsAnError() {
        RenderedMarkdown out = body("[[secret-draft]]");
        assertTrue(singleError().message().startsWith("link to draft explainer 'secret-draft'"));
        assertEquals(List.of(), out.links());
    }

    @Test
    void linkToAnUnreadableFileIsNotReportedAgain() {
        RenderedMarkdown out = body("[[broken-file]]");
        assertEquals(List.of(), errors());
        assertEquals(List.of(), out.links());
        assertTrue(Jsoup.parseBodyFragment(out.html()).select("a").isEmpty());
    }

    @Test
    void wikilinkSyntaxInCodeIsNotALink() {
        RenderedMarkdown out = body("Write `[[nowhere]]` like this.\n\n```\n[[nowhere]]\n```\n");
        assertEquals(List.of(), errors());
        assertEquals(List.of(), out.links());
        assertTrue(out.html().contains("<code>[[nowhere]]</code>"), out.html());
    }

    // --- backlink context ---

    @Test
    void backlinkContextIsTheParagraphOfTheLink() {
        RenderedMarkdown out = body("Intro paragraph.\n\nThe ceasefire in [[minsk-agreements|Minsk]] did not\nhold"
                + " for *long*.\n\nAnother paragraph.\n");
        assertEquals(1, out.links().size());
        assertEquals("The ceasefire in Minsk did not hold for long.", out.links().get(0).context());
    }

    @Test
    void longBackLinkContextIsShortenedAtAWord() {
        String words = "word ".repeat(100);
        RenderedMarkdown out = body("[[minsk-agreements|Minsk]] " + words);
        String context = out.links().get(0).context();
        assertTrue(context.length() <= 281, context);
        assertTrue(context.startsWith("Minsk word word"), context);
        assertTrue(context.endsWith("word…"), context);
    }

    @Test
    void backlinkContextShowsLinksAsTheReaderSeesThem() {
        RenderedMarkdown out = body("The [[minsk-agreements]] deal and [[vladimir-putin]].");
        assertEquals(2, out.links().size());
        String expected = "The The Minsk agreements deal and Vladimir Putin.";
        assertEquals(expected, out.links().get(0).context());
        assertEquals(expected, out.links().get(1).context());
    }

    // --- headings ---

    @Test
    void headingIdsAreUniqueAndAvoidReservedIds() {
        RenderedMarkdown out = new MarkdownRenderer("/").renderBody(
                "# Background\n\n## Background\n\n## Claims\n\n### Timeline\n\n## Ça va? Déjà vu!\n\n## !!!\n",
                BODY_START, INDEX, Set.of("claims", "timeline"), diagnostics);
        List<String> ids = out.headings().stream().map(RenderedMarkdown.Heading::id).toList();
        assertEquals(List.of("background", "background-1", "claims-1", "timeline-1", "ca-va-deja-vu", "section"), ids);
        assertEquals(List.of(1, 2, 2, 3, 2, 2), out.headings().stream().map(RenderedMarkdown.Heading::level).toList());
        assertEquals("Ça va? Déjà vu!", out.headings().get(4).text());
        Document doc = Jsoup.parseBodyFragment(out.html());
        assertEquals(ids, doc.select("h1, h2, h3").eachAttr("id"));
    }

    @Test
    void headingIdsDoNotCollideWithAnEarlierSuffixedId() {
        RenderedMarkdown out = body("# A\n\n# A 1\n\n# A\n");
        List<String> ids = out.headings().stream().map(RenderedMarkdown.Heading::id).toList();
        assertEquals(3, Set.copyOf(ids).size(), ids::toString);
    }

    @Test
    void headingIdsRestartForEachDocument() {
        MarkdownRenderer renderer = new MarkdownRenderer("/");
        renderer.renderBody("# Same\n", BODY_START, INDEX, Set.of(), diagnostics);
        RenderedMarkdown second = renderer.renderBody("# Same\n", BODY_START, INDEX, Set.of(), diagnostics);
        assertEquals("same", second.headings().get(0).id());
    }

    // --- CommonMark extensions ---

    @Test
    void tablesRender() {
        String html = body("| Party | Position |\n|:---|---:|\n| Russia | *talks* |\n| Ukraine | no |\n").html();
        Document doc = Jsoup.parseBodyFragment(html);
        Element table = doc.selectFirst("table");
        assertNotNull(table, html);
        assertEquals(List.of("Party", "Position"), table.select("th").eachText());
        assertEquals(List.of("Russia", "talks", "Ukraine", "no"), table.select("td").eachText());
        assertEquals(1, table.select("td em").size());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = MarkdownRenderer.Route.class, names = {"QUICK", "LIBRARY"})
    void aTableTakesKeyboardFocusOnBothPaths(MarkdownRenderer.Route route) {
        // the stylesheet lets a wide table scroll sideways; a keyboard must be able to scroll it too
        String html = new MarkdownRenderer("/", route).renderBody("| A | B |\n|---|---|\n| 1 | 2 |\n", BODY_START,
                INDEX, Set.of(), diagnostics).html();
        assertEquals("0", Jsoup.parseBodyFragment(html).selectFirst("table.md-table").attr("tabindex"), html);
    }

    @Test
    void footnotesRender() {
        String html = body("A claim.[^1]\n\n[^1]: The source of it.\n").html();
        Document doc = Jsoup.parseBodyFragment(html);
        Element ref = doc.selectFirst("sup a");
        assertNotNull(ref, html);
        String target = ref.attr("href");
        assertTrue(target.startsWith("#"), html);
        Element note = doc.getElementById(target.substring(1));
        assertNotNull(note, html);
        assertTrue(note.text().contains("The source of it."), html);
    }

    // --- sanitising ---

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Text <script>alert(1)</script> inline",
        "<img src=\"x.png\" onerror=\"alert(1)\">",
        "<p onclick=\"alert(1)\">click</p>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java&#09;script:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">styled</p>",
        "<div style=\"position:fixed\">overlay</div>",
        "<svg onload=\"alert(1)\"><circle/></svg>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=a></form>",
        "<style>body{display:none}</style>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<details open ontoggle=\"alert(1)\"><summary>s</summary></details>",
    })
    void dangerousHtmlNeverSurvives(String markdown) {
        assertSafe(body(markdown).html());
        assertSafe(body("/sub/", markdown).html());
        assertSafe(new MarkdownRenderer("/").renderInline(markdown, BODY_START, INDEX, diagnostics).html());
    }

    private static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, iframe, object, embed, form, input, style, svg, math").isEmpty(), html);
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
                assertFalse(name.startsWith("on"), html);
                assertFalse(name.equals("style"), html);
                assertFalse(value.contains("javascript:"), html);
                assertFalse(value.startsWith("data:"), html);
            }
        }
        assertFalse(html.contains("alert(1)</script"), html);
    }

    @Test
    void harmlessHtmlAndFormattingSurvive() {
        String html = body("<details><summary>More</summary>\n\n*Inside*\n\n</details>\n\n"
                + "H<sub>2</sub>O and <abbr title=\"North Atlantic Treaty Organization\">NATO</abbr>\n\n"
                + "[web](https://example.org/a?b=1&c=2) <mailto:a@example.org>").html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertNotNull(doc.selectFirst("details summary"), html);
        assertEquals("North Atlantic Treaty Organization", doc.selectFirst("abbr").attr("title"));
        assertEquals(List.of("https://example.org/a?b=1&c=2", "mailto:a@example.org"), doc.select("a").eachAttr("href"));
    }

    @Test
    void siteRootLinksGetTheBasePath() {
        String html = body("/sub/", "![Map](/assets/x.png) [PDF](/assets/doc.pdf) [rel](other/) "
                + "[ext](https://example.org/assets/x.png) [proto](//example.org/x) [frag](#top)").html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("/sub/assets/x.png", doc.selectFirst("img").attr("src"));
        assertEquals(List.of("/sub/assets/doc.pdf", "other/", "https://example.org/assets/x.png", "//example.org/x",
                "#top"), doc.select("a").eachAttr("href"));
    }

    @Test
    void siteRootLinksStayAsTheyAreAtTheRoot() {
        String html = body("/", "![Map](/assets/x.png)").html();
        assertEquals("/assets/x.png", Jsoup.parseBodyFragment(html).selectFirst("img").attr("src"));
    }

    // --- inline ---

    @Test
    void inlineRenderingStripsTheParagraph() {
        RenderedMarkdown out = new MarkdownRenderer("/").renderInline("Moscow is *reasonable*, see [[vladimir-putin]].",
                new SourcePosition(FILE, 7, 5), INDEX, diagnostics);
        assertEquals("Moscow is <em>reasonable</em>, see <a href=\"/actors/vladimir-putin/\">Vladimir Putin</a>.",
                out.html());
        assertEquals(List.of(), out.headings());
        assertEquals(1, out.links().size());
        assertEquals(new SourcePosition(FILE, 7, 5), out.links().get(0).position());
    }

    @Test
    void inlineRenderingKeepsParagraphsWhenThereAreSeveral() {
        String html = new MarkdownRenderer("/").renderInline("One.\n\nTwo.", BODY_START, INDEX, diagnostics).html();
        assertEquals(2, Jsoup.parseBodyFragment(html).select("p").size(), html);
    }

    @Test
    void inlineErrorsAreReportedAtTheFieldsPosition() {
        SourcePosition at = new SourcePosition(FILE, 7, 5);
        new MarkdownRenderer("/sub/").renderInline("See [[nowhere]].", at, INDEX, diagnostics);
        assertEquals(at, singleError().position());
    }

    @Test
    void inlineWikilinksGetTheBasePath() {
        String html = new MarkdownRenderer("/sub/").renderInline("[[minsk-agreements#ceasefire|c]]", BODY_START,
                INDEX, diagnostics).html();
        assertEquals("/sub/explainers/minsk-agreements/#ceasefire", onlyLink(html).attr("href"));
    }

    // --- the fast path and the setup ---

    /** An extension the quick path was not written for: it marks every paragraph. */
    private static final class MarkedParagraphs implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        if (node instanceof Paragraph) {
                            attributes.addValue("class", "marked");
                        }
                    };
                }
            });
        }
    }

    @Test
    void theQuickPathTakesPlainTextsUnderTheStandardSetup() {
        assertEquals("<p>Plain <em>text</em>.</p>\n", new MarkdownRenderer("/", MarkdownRenderer.Route.QUICK)
                .renderBody("Plain *text*.\n", BODY_START, INDEX, Set.of(), diagnostics).html());
    }

    @Test
    void aRendererWithAnExtraExtensionNeverUsesTheQuickPath() {
        FlexmarkSetup setup = FlexmarkSetup.standard().with(new MarkedParagraphs());
        assertEquals("<p class=\"marked\">Plain <em>text</em>.</p>\n", new MarkdownRenderer("/",
                MarkdownRenderer.Route.QUICK_ELSE_LIBRARY, setup).renderBody("Plain *text*.\n", BODY_START, INDEX,
                Set.of(), diagnostics).html());
        MarkdownRenderer quickOnly = new MarkdownRenderer("/", MarkdownRenderer.Route.QUICK, setup);
        assertNull(quickOnly.renderBody("Plain *text*.\n", BODY_START, INDEX, Set.of(), diagnostics).html());
        assertNull(quickOnly.renderInline("Plain *text*.", BODY_START, INDEX, diagnostics).html());
    }

    @Test
    void aRendererWithAnOptionChangedNeverUsesTheQuickPath() {
        FlexmarkSetup standard = FlexmarkSetup.standard();
        FlexmarkSetup setup = new FlexmarkSetup(standard.extensions(),
                new MutableDataSet(standard.options()).set(HtmlRenderer.SOFT_BREAK, "<br />\n").toImmutable());
        assertEquals("<p>One<br />\ntwo.</p>\n", new MarkdownRenderer("/", MarkdownRenderer.Route.QUICK_ELSE_LIBRARY,
                setup).renderBody("One\ntwo.\n", BODY_START, INDEX, Set.of(), diagnostics).html());
        assertNull(new MarkdownRenderer("/", MarkdownRenderer.Route.QUICK, setup)
                .renderBody("One\ntwo.\n", BODY_START, INDEX, Set.of(), diagnostics).html());
    }
}
