package org.subtext.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

/**
 * What a page would lose without a word is a warning where it was written: an image on another
 * site (which the site's Content-Security-Policy blocks) and raw HTML the sanitizer removes.
 */
class LostHtmlWarningsTest {

    private static final SourcePosition START = new SourcePosition("content/explainers/x.md", 7, 1);
    private static final LinkIndex INDEX = new LinkIndex(java.util.Map.of(), Set.of(), Set.of());

    private static List<String> body(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        new MarkdownRenderer("/").renderBody(markdown, START, INDEX, Set.of(), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static List<String> field(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        new MarkdownRenderer("/").renderInline(markdown, START, INDEX, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void anImageOnAnotherSiteWillNotLoad() {
        String warning = "warning: image https://example.com/maps/front.png?v=2 is on another site, and the site's"
                + " Content-Security-Policy lets pages load images only from the site itself, so it will not show:"
                + " copy the file into content/assets/ and write /assets/front.png";
        assertEquals(List.of("content/explainers/x.md:9:5: " + warning, "content/explainers/x.md:11:6: " + warning),
                body("Text.\n\nSee ![the front](https://example.com/maps/front.png?v=2).\n\n"
                        + "<img src=\"https://example.com/maps/front.png?v=2\" alt=\"The front\">\n"));
        assertEquals(List.of(), body("![a map](/assets/map.svg) and [a link](https://example.com/)\n"));
    }

    @Test
    void rawHtmlTheSanitizerRemovesIsNamedWithWhatToDoInstead() {
        assertEquals(List.of(
                "content/explainers/x.md:9:1: warning: raw HTML <iframe> is removed from the page: pages load nothing"
                        + " from other sites; link to it instead ([what it shows](https://...))",
                "content/explainers/x.md:11:1: warning: raw HTML <script> is removed from the page: pages run no script"
                        + " from content; they work without it",
                "content/explainers/x.md:13:6: warning: attribute 'onclick' of raw HTML <span> is removed from the page:"
                        + " pages run no script from content; they work without it",
                "content/explainers/x.md:13:6: warning: attribute 'style' of raw HTML <span> is removed from the page:"
                        + " change the look in templates/static/style.css"),
                body("Text.\n\n<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n\n<script>alert(1)</script>\n\n"
                        + "Some <span onclick=\"go()\" style=\"color:red\">words</span>.\n\n<!-- a note to editors -->\n"));
        assertEquals(List.of("content/explainers/x.md:7:1: warning: raw HTML <iframe> is removed from the page: pages"
                + " load nothing from other sites; link to it instead ([what it shows](https://...))"),
                field("A note <iframe src=\"https://example.com/\"></iframe>"));
    }

    @Test
    void linksAndImagesWithOtherSchemesAreRemoved() {
        assertEquals(List.of("content/explainers/x.md:7:1: warning: link javascript:alert(1) is removed from the page:"
                        + " links may go to http, https and mailto addresses only (the link's text stays)",
                "content/explainers/x.md:7:26: warning: image data:image/png;base64,iVBORw0KGgo= is removed from the"
                        + " page: images must be files of the site: save it in content/assets/"),
                body("[a](javascript:alert(1)) ![b](data:image/png;base64,iVBORw0KGgo=) [c](mailto:a@b.c)"
                        + " [d](#top) [e](https://example.org/)\n"));
    }

    @Test
    void htmlTheSanitizerKeepsIsNotWarnedAbout() {
        assertEquals(List.of(), body("<figure><img src=\"/assets/map.svg\" alt=\"Map\"><figcaption>The map"
                + "</figcaption></figure>\n\n<details><summary>More</summary>Text.</details>\n\nA <abbr title=\"x\">y</abbr>.\n"));
    }
}
