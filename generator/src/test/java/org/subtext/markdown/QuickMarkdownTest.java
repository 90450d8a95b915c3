package org.subtext.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterSplitter;
import org.subtext.source.SourceFile;
import org.subtext.testing.Corpus;

/**
 * The quick path ({@code QuickMarkdown}) against the library (Flexmark's parser and renderer, then
 * the sanitizer): on every text it takes, real or random, body or field, the two give the same
 * HTML, links with their positions and contexts, headings and diagnostics; and it takes the texts
 * explainers are made of.
 */
class QuickMarkdownTest {

    private static final LinkIndex INDEX = new LinkIndex(Map.of(
            "a", new LinkTarget("a", "explainers/a/", "A & <b> \"c\" +1", Set.of("c")),
            "kyiv", new LinkTarget("kyiv", "actors/kyiv/", "Kyiv", Set.of())), Set.of("draft"), Set.of());
    private static final SourcePosition START = Differential.start();

    private static final Differential WAYS = new Differential(INDEX);

    /** True when the quick path took the text as a body; wherever it took it, it rendered it alike. */
    private static boolean agrees(String markdown) {
        return WAYS.agrees(markdown);
    }

    @Test
    void theSampleSiteAndTheTestSitesRenderAlike() throws IOException {
        Differential.Texts texts = Differential.siteTexts();
        for (String body : texts.bodies()) {
            agrees(body);
        }
        int takenFields = 0;
        for (String field : texts.fields()) {
            takenFields += WAYS.agreesAsField(field) ? 1 : 0;
        }
        assertTrue(texts.bodies().size() > 40, "found only " + texts.bodies().size() + " bodies");
        assertTrue(texts.fields().size() > 40, "found only " + texts.fields().size() + " fields");
        assertTrue(takenFields > texts.fields().size() / 2, "the quick path took only " + takenFields + " of "
                + texts.fields().size() + " fields");
    }

    @Test
    void generatedExplainersRenderAlikeAndAllQuickly() {
        // generated explainers are made of what writers use most: the quick path must take them all
        Corpus.explainers(30, "q").forEach((path, text) -> {
            if (path.endsWith(".md")) {
                FrontMatterSplitter.Ok ok = (FrontMatterSplitter.Ok) FrontMatterSplitter.split(
                        new SourceFile(path, path, text));
                assertTrue(agrees(ok.split().body()), () -> "declined " + path);
            }
        });
    }

    /**
     * A corpus from the benchmark's generator ({@code gen_corpus.py OUT --explainers 200 --seed 1}),
     * given as {@code -Dquick.corpus=OUT/content}: every body and field renders alike, and the
     * quick path takes every body.
     */
    @Test
    void aBenchmarkCorpusRendersAlike() throws IOException {
        String folder = System.getProperty("quick.corpus");
        Assumptions.assumeTrue(folder != null, "no -Dquick.corpus=<content folder>");
        Differential.Texts texts = Differential.folderTexts(Path.of(folder));
        int takenBodies = 0;
        for (String body : texts.bodies()) {
            takenBodies += agrees(body) ? 1 : 0;
        }
        int takenFields = 0;
        for (String field : texts.fields()) {
            takenFields += WAYS.agreesAsField(field) ? 1 : 0;
        }
        System.out.printf("quick path took %d of %d bodies and %d of %d fields%n", takenBodies,
                texts.bodies().size(), takenFields, texts.fields().size());
        assertTrue(texts.bodies().size() > 100, "found only " + texts.bodies().size() + " bodies");
        assertEquals(texts.bodies().size(), takenBodies, "bodies the quick path took");
    }

    @Test
    void eachKindOfBlockAndInlineItTakesRendersAlike() {
        List<String> taken = List.of(
                "# Title\n\nPara *em* **strong** `co<de>` and [l](https://a.b/c?d=1&e=2) [[a]] [[a#c|label]].\n",
                "## Heading [[a]] *em*\n\nText [[kyiv]] and [[a#c]], [l](https://a.b/c?d=1&e=2).\n",
                "- a [[a]]\n- b *c*\n\nText.\n\n1. x\n2. y [[kyiv|K]]\n",
                "> q [[a]] line\n> r line\n\nafter\n",
                "| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | 3 |\n| x | y | **y** |\n",
                "| one |\n|---|\n| 1 |\n",
                "Text[^1] again[^1] and[^n].\n\n[^1]: Note with [a link](https://example.org/a_b-c.d~e) and [[a]].\n\n"
                        + "[^n]: Two.\n\n[^unused]: Three [[kyiv]].\n",
                "Quotes \"double\" 'single' + plus = equals @ at — dash é ü ß 日本 “curly” € & amp ~ ^ $ % # > end\n",
                "[rel](x.html) [root](/assets/a.pdf) [q](?q=1) [up](../a) [m](mailto:a@b.c) [t](#top)\n",
                "Unknown [[nobody]] and [[a#nope|x]] and [[draft]] and [[kyiv#c]].\n",
                "A[^1] b [^x].\n\nC [^1] [^x].\n\n[^x]: Two.\n\n[^1]: One.\n",
                "Labels [[a|the **inspection** agreement]], [[kyiv|the *x* y]] *and* [[nobody|*z*]].\n",
                "3.5 percent, 2019 and 1.5.\n\n# Claims\n\n# Claims\n\n### Third *em*\n",
                "**Bold** start, *em* start.\n\n“Curly” start\n(paren) start\n'single' start\n",
                "");
        for (String markdown : taken) {
            if (!markdown.isEmpty()) {
                assertTrue(agrees(markdown), () -> "declined:\n" + markdown);
            }
        }
        for (String markdown : List.of("soft\nline\\\nhard  \nend\n", "- a\n- b\n\n  c\n", "- a\n\n- b\n",
                "- a\nlazy\n", "> q\nlazy\n", "Para\n- item\n", "Para\n# heading\n", "Heading\n===\n",
                "2. two\n", "1) one\n", "a_b_c\n", "&copy;\n", "<b>x</b>\n", "![i](x.png)\n", "[ref]\n\n[ref]: x\n",
                "*a **b** c*\n", "a*b*c\n", "``a``\n", "    code\n", "```\ncode\n```\n", "Text[^none]\n",
                "| a | b |\n|---|---|\n| 1 |\n", "| a |\n|---|\n| `x|y` |\n", "[[a|]]\n", "[[a]]]\n", "x\ty\n",
                "Note[^1].\n\n[^1]: One[^1].\n", "A[^1] b.\n\nC [^x] [^1].\n\n[^1]: One.\n\n[^x]: Two.\n", "> q\n>\n> r\n", "[^1]: x\ncontinued\n")) {
            agrees(markdown);
            assertNull(new MarkdownRenderer("/", MarkdownRenderer.Route.QUICK).renderBody(markdown, START, INDEX,
                    Set.of(), new Diagnostics()).html(), () -> "took:\n" + markdown);
        }
    }

    @Test
    void aLinkKnowsItsLineColumnAndSentence() {
        Diagnostics diagnostics = new Diagnostics();
        RenderedMarkdown body = new MarkdownRenderer("/", MarkdownRenderer.Route.QUICK).renderBody(
                "# T\n\nFirst line\nthen [[kyiv|Kyiv's view]] and [[nobody]].\n", START, INDEX, Set.of(), diagnostics);
        assertNotNull(body.html());
        assertEquals(List.of(new OutgoingLink("kyiv", null, "First line then Kyiv's view and nobody.",
                START.atLine(8, 6))), body.links());
        assertEquals(1, diagnostics.errorCount());
        assertEquals(START.atLine(8, 31), diagnostics.sorted().get(0).position());
        assertTrue(agrees("# T\n\nFirst line\nthen [[kyiv|Kyiv's view]] and [[nobody]].\n"));
    }

    /** Pieces of the blocks and inlines the quick path takes, and (one in forty) pieces it must decline. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> block = Arbitraries.of("# ", "## ", "### ", "- ", "1. ", "> ", "| a | b |\n|---|--:|\n| ",
                "", "", "", "", "\n");
        Arbitrary<String> common = Arbitraries.of("text", " ", "words here", " *em*", " **strong**", " *em* ",
                " **s** ", "`c`", "`a*b`", "[[a]]", "[[a#c]]", "[[a|lbl]]", "[[kyiv]]", "[[nobody]]", "[[a#x]]",
                "[[a|the *x* y]]", "[[an-identifier-of-an-explainer-longer-than-forty-characters-1]]",
                "[l](https://a.b/c)", "[l](/x)", "[l](a_b*c)", "[^1]", "[^x]", "\"", "'", "+", "=", "@", "é", "—",
                "“", "日", " & ", ".", ",", "3.5", "1. ", " | ", "#", "\nNext ", "\n\n", "!", "(", ")", ":", "~", "  ");
        Arbitrary<String> rare = Arbitraries.of("*", "**", "_", "[", "]", "|", "  \n", "2. ", "* ", "   ",
                "Setext\n===\n", "``", "[[b]]", "[l](x y)", "[l](javascript:x)", "[l](//e.com)",
                "[l](HTTP://A.B/{x})", "[l](https://a.b \"title\")", "[ref]", "<b>", "<abbr title=\"a\">", "[^none]",
                "\\", "&copy;", "&#64;", "{", "\uD83D\uDE00", "\u200C", "\u00A0", "\u2028", "![a](b)", "\t", "\r\n",
                "***", "* *", "[[a#c|x*y]]", "|:-|-:|\n", "a*b*", "*a*b", "**a*", "[a](b)(c)", "[[a]](b)", "`a` `",
                "- - x", "> > x", "# # x", "[^1]:", "[x]: /y");
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(39, common), Tuple.of(1, rare));
        Arbitrary<String> line = Combinators.combine(block, Arbitraries.of("Start ", "Start ", "Start ", ""),
                piece.list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join("", pieces)),
                Arbitraries.of("\n", "\n", "\n\n")).as((b, s, text, end) -> b + s + text + end);
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(true, true, true, false))
                .as((lines, withNotes) -> String.join("", lines)
                        + (withNotes ? "\n[^1]: One *note*.\n\n[^x]: [[a]] note.\n" : ""));
    }

    /** Random documents, as bodies and as fields; enough go the quick way for the comparison to mean something. */
    @Property(tries = 1500)
    void randomDocumentsRenderAlike(@ForAll("documents") String markdown) {
        Statistics.label("taken as a body").collect(agrees(markdown));
        Statistics.label("taken as a body").coverage(coverage -> coverage.check(true).percentage(p -> p > 12.5));
    }
}
