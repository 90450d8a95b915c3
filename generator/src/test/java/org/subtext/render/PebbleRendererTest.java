package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.markdown.Html;
import org.unbescape.html.HtmlEscape;

/** What the templates read from view records, and how they escape it, is what Pebble's defaults give. */
class PebbleRendererTest {

    public record Item(String name, int count, boolean open, List<String> tags, Map<String, String> extra) {
        /** Pebble calls hasX before the component x: so must we. */
        public String hasCount() {
            return "has-count";
        }
    }

    public record Outer(Item item, String title) {
    }

    @Test
    void recordComponentsAndWhatPebbleResolvesAroundThemRenderAsBefore(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.peb"), "{{ page.title }}|{{ page.item.name }}|{{ page.item.count }}|"
                + "{{ page.item.open }}|{{ page.item.tags | join(',') }}|{{ page.item.tags.size }}|"
                + "{{ page.item.extra.k }}|{{ page.item.name.length }}|{% if page.item.open %}open{% endif %}");
        PebbleRenderer renderer = new PebbleRenderer(dir);
        Outer page = new Outer(new Item("<b>&'\"", 3, true, List.of("a", "b"), Map.of("k", "v")), "T");
        assertEquals("T|&lt;b&gt;&amp;&#39;&quot;|has-count|true|a,b|2|v|6|open",
                new String(renderer.render("t", page), StandardCharsets.UTF_8));
    }

    /** Includes by plain name and by a path relative to the including template both find their file. */
    @Test
    void includesResolveByNameAndRelativePath(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("row.peb"), "row:{{ n }}");
        Files.writeString(dir.resolve("parts/cell.peb"), "cell:{{ n }}");
        Files.writeString(dir.resolve("parts/sibling.peb"), "[{% include \"./cell\" with {\"n\": n} %}]");
        Files.writeString(dir.resolve("t.peb"), "{% include \"row\" with {\"n\": 1} %}|"
                + "{% include \"./parts/cell\" with {\"n\": 2} %}|{% include \"parts/sibling\" with {\"n\": 3} %}|"
                + "{% include \"parts/../row\" with {\"n\": 4} %}");
        assertEquals("row:1|cell:2|[cell:3]|row:4",
                new String(new PebbleRenderer(dir).render("t", new Outer(null, "T")), StandardCharsets.UTF_8));
    }

    /** A thread's writer is reused: nothing of a large page, or of one whose template failed, shows in the next. */
    @Test
    void eachPageStartsEmpty(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.peb"), "<{{ page.title }}>");
        Files.writeString(dir.resolve("bad.peb"), "{{ page.title }}{{ page.nothing }}");
        PebbleRenderer renderer = new PebbleRenderer(dir);
        String large = "x".repeat(300 * 1024) + "\ud83d";
        assertEquals("<" + large.substring(0, large.length() - 1) + "?>",
                new String(renderer.render("t", new Outer(null, large)), StandardCharsets.UTF_8));
        assertEquals("<a>", new String(renderer.render("t", new Outer(null, "a")), StandardCharsets.UTF_8));
        assertThrows(PebbleRenderer.TemplateException.class, () -> renderer.render("bad", new Outer(null, "half")));
        assertEquals("<b>", new String(renderer.render("t", new Outer(null, "b")), StandardCharsets.UTF_8));
    }

    public record Body(Html bodyHtml, String text) {
    }

    /** Rendered Markdown is printed as it is, with or without raw, and a string still escaped. */
    @Test
    void renderedMarkdownIsPrintedAsItIsWithOrWithoutRaw(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.peb"), "{{ page.bodyHtml }}|{{ page.bodyHtml | raw }}|{{ page.text }}");
        String html = "<p>\u00e9t\u00e9 \u201cquoted\u201d<sup><a href=\"#fn-1\">1</a></sup> \u21a9 \ud83d\ude00</p>";
        Body page = new Body(Html.of(html), html);
        assertEquals(html + "|" + html + "|" + new HtmlEscaping().escape(html),
                new String(new PebbleRenderer(dir).render("t", page), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingAttributeIsStillATemplateError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.peb"), "line one\n{{ page.item.nope }}");
        PebbleRenderer renderer = new PebbleRenderer(dir);
        Outer page = new Outer(new Item("n", 1, false, List.of(), Map.of()), "T");
        PebbleRenderer.TemplateException e = assertThrows(PebbleRenderer.TemplateException.class,
                () -> renderer.render("t", page));
        assertTrue(e.diagnostic().format().contains("t.peb:2:1: error: template error: Attribute [nope]"),
                e.diagnostic().format());
    }

    @Property(tries = 2000)
    void escapingMatchesPebblesDefault(@ForAll @StringLength(max = 40)
                                       @Chars({'&', '<', '>', '"', '\'', ' ', 'a', 'é', '—', '\n', '\u0000', '\uD83D',
                                           '\uDE00', ';', '#'})
                                       @CharRange(from = 0, to = 0x7F) String text) {
        assertEquals(HtmlEscape.escapeHtml4Xml(text), new HtmlEscaping().escape(text));
    }
}
