package org.subtext.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterSplitter;
import org.subtext.source.SourceFile;
import org.subtext.testing.Corpus;

/**
 * The direct writer ({@code DirectHtml}) against the long way, Flexmark's renderer and then the
 * sanitizer: on every body it takes, the two give the same HTML, links and headings; and it takes
 * the bodies explainers are made of.
 */
class DirectHtmlTest {

    private static final LinkIndex INDEX = new LinkIndex(Map.of(
            "a", new LinkTarget("a", "explainers/a/", "A & <b> \"c\" +1", Set.of("c")),
            "kyiv", new LinkTarget("kyiv", "actors/kyiv/", "Kyiv", Set.of())), Set.of(), Set.of());
    private static final SourcePosition START = Differential.start();

    private static final Differential WAYS = new Differential(MarkdownRenderer.Route.DIRECT, INDEX);

    /** True when the direct writer took the text as a body; wherever it took it, it rendered it alike. */
    private static boolean agrees(String markdown) {
        return WAYS.agrees(markdown, false);
    }

    @Test
    void theSampleSiteTheTestSitesAndACorpusRenderAlikeAndDirectly() throws IOException {
        List<Differential.Body> bodies = Differential.siteBodies();
        List<String> declined = new ArrayList<>();
        for (Differential.Body body : bodies) {
            if (!agrees(body.text()) && body.path().startsWith("content")) {
                declined.add(body.path().toString());
            }
        }
        assertTrue(bodies.size() > 40, "found only " + bodies.size() + " bodies");
        // the sample site is written the way writers write: the direct writer must take all of it
        assertEquals(List.of(), declined, "sample bodies the direct writer declined");
        Corpus.explainers(20, "v").forEach((path, text) -> {
            if (path.endsWith(".md")) {
                FrontMatterSplitter.Ok ok = (FrontMatterSplitter.Ok) FrontMatterSplitter.split(
                        new SourceFile(path, path, text));
                assertTrue(agrees(ok.split().body()), path);
            }
        });
    }

    @Test
    void eachKindOfBlockAndInlineItTakesRendersAlike() {
        for (String markdown : List.of(
                "# Title\n\nPara *em* **strong** `co<de>` and [l](https://a.b/c?d=1&e=(2)) [[a]] [[a#c|label]].\n",
                "soft\nline\\\nhard  \nend\n",
                "- a\n- b\n\n  c\n\n1. x\n2. y\n\n3) z\n",
                "- a\n  - b\n    - c\n- d\n\n10. ten\n11. eleven\n",
                "> q\n> r\n>\n> - in a quote\n\n---\n\n***\n",
                "```js\nvar a = \"<b>\" + '{x}';\n```\n\n~~~\nplain\n~~~\n\n    indented\n    code\n\n\n",
                "| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | `3` |\n| [l](/x) | | x |\n",
                "Text[^1] again[^1] and[^n].\n\n[^1]: Note with [a link](https://example.org/a_b-c.d~e).\n[^n]: Two.\n",
                "Heading\n=======\n\nSub\n---\n\n### Third *em*\n\n#### Claims\n",
                "Quotes \"double\" 'single' + plus = equals @ at ` tick — dash é ü ß 日本 “curly” € & amp &amp; &copy;\n",
                "Escapes \\* \\_ \\[ \\] \\\\ \\` and a URL [x](https://a.b/p%20q#frag) [y](mailto:a@b.c) [z](#top)\n",
                "[rel](x.html) [root](/assets/a.pdf) [q](?q=1) [up](../a)\n",
                "*a **b** c* **a *b* c** ***both*** _under_ __double__\n",
                "1. one\n\n   para in item\n\n2. two\n",
                "- [ ] task\n- [x] done\n",
                "")) {
            agrees(markdown);
        }
        assertTrue(agrees("# Title\n\nPara *em* **strong** `code` [[a]] [l](https://a.b/c).\n\n- x\n- y\n\n"
                + "> q\n\n| a |\n|---|\n| 1 |\n\nNote[^1].\n\n[^1]: N.\n"), "the common kinds must go direct");
    }

    /** Random documents from pieces that each block and inline kind, and the characters around them, are made of. */
    @Test
    void randomDocumentsRenderAlike() {
        String[] blocks = {"# ", "## ", "### ", "- ", "* ", "1. ", "3) ", "> ", "    ", "```\n", "```py\n", "---\n",
            "| a | b |\n|---|:-:|\n| ", "[^1]: ", "[^x]: ", "\n", "\n\n", "  - ", "   ", "Setext\n===\n", ""};
        // pieces the direct writer takes, and (one in ten) pieces it should decline or treat with care
        String[] inlines = {"text", " ", "words here", "*", "**", "_", "`", "[[a]]", "[[a#c]]", "[[a|lbl]]",
            "[[kyiv]]", "[l](https://a.b/c)", "[l](/x(1))", "[^1]", "&amp;", "\"", "'", "+", "=", "@", "é", "—",
            "“", "日", "\t", "\\*", "<abbr title=\"Long name\">LN</abbr>", "![alt *x*](/i.png)", "|", "  \n", "\n"};
        String[] rare = {"``", "[[b]]", "[l](x y)", "[l](javascript:x)", "[l](//e.com)", "[l](HTTP://A.B/{x})",
            "[l](https://a.b \"title\")", "[ref]", "[ref]: https://r.s\n", "<b>", "<!-- c -->", "<abbr title=\"a\">",
            "</abbr>", "<abbr title='q'>", "<https://auto.link>", "[^x]", "[^none]", "\\", "&copy;", "&#64;", "&",
            "<", ">", "{", "{{", "}", "~", "\uD83D\uDE00", "\u200C", "\u0915\u094D", "\u1FEF", "\uFF1A", "\\\n",
            "\u0007", "\u00A0", "\u2028", "![a](b \"t\")", "![](/e.png)"};
        Random random = new Random(20261128);
        int taken = 0;
        int tries = 4000;
        for (int n = 0; n < tries; n++) {
            StringBuilder markdown = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int line = 0; line < lines; line++) {
                markdown.append(blocks[random.nextInt(blocks.length)]);
                int pieces = 1 + random.nextInt(8);
                for (int p = 0; p < pieces; p++) {
                    markdown.append(random.nextInt(10) == 0 ? rare[random.nextInt(rare.length)]
                            : inlines[random.nextInt(inlines.length)]);
                }
                markdown.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            if (agrees(markdown.toString())) {
                taken++;
            }
        }
        // enough documents go direct for the comparison to mean something
        assertTrue(taken > tries / 4, "the direct writer took only " + taken + " of " + tries);
    }

    @Test
    void aFieldWithLinksOrCodeGoesDirectAndAMultiParagraphFieldDoesNot() {
        MarkdownRenderer direct = new MarkdownRenderer("/", MarkdownRenderer.Route.DIRECT);
        assertEquals("A note on <a href=\"/explainers/a/\">A &amp; &lt;b&gt; &#34;c&#34; &#43;1</a>, <code>x</code> and"
                        + " <a href=\"https://e.org/a?b&#61;1\">this</a>.",
                direct.renderInline("A note on [[a]], `x` and [this](https://e.org/a?b=1).", START, INDEX,
                        new Diagnostics()).html());
        assertEquals(null, direct.renderInline("One.\n\nTwo.", START, INDEX, new Diagnostics()).html());
        assertTrue(agrees("A note on [[a]], `x` and [this](https://e.org/a?b=1)."));
    }

    @Test
    void aBodyItCannotTakeStillRendersTheLongWay() {
        String html = new MarkdownRenderer("/").renderBody("A <b>raw</b> tag and ![an image](i.png).\n", START, INDEX,
                Set.of(), new Diagnostics()).html();
        assertNotNull(html);
        assertEquals("<p>A <b>raw</b> tag and <img src=\"i.png\" alt=\"an image\" />.</p>\n", html);
    }
}
