package org.subtext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;

class LinkCheckerTest {

    private static List<String> check(String basePath, String... pathsAndPages) {
        LinkChecker checker = new LinkChecker(basePath);
        List<LinkChecker.PageScan> scans = new java.util.ArrayList<>();
        Set<String> paths = new java.util.TreeSet<>(Set.of("static/style.css", "feed.xml"));
        for (int i = 0; i < pathsAndPages.length; i += 2) {
            paths.add(pathsAndPages[i]);
            scans.add(checker.scan(pathsAndPages[i], "content/x.md", utf8(pathsAndPages[i + 1])));
        }
        Diagnostics diagnostics = new Diagnostics();
        checker.check(paths, scans, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::message).toList();
    }

    @Test
    void resolvesPagesFilesAnchorsQueriesAndEscapes() {
        assertEquals(List.of(), check("/",
                "index.html", "<a href=\"/a/\">a</a> <a href=\"/a/#top\">top</a> <link rel=\"x\" href=\"/static/style.css\">"
                        + "<img\nsrc=\"/a/b%20c.html\"> <a href=\"/feed.xml?x=1&amp;y=2\">f</a> <a href=\"#here\" id=\"here\">"
                        + " <a href=\"https://example.org/missing\">out</a> <a class=\"c\" data-href=\"/nowhere/\">",
                "a/index.html", "<h1 id=\"top\">A</h1>",
                "a/b c.html", "<p>file</p>"));
    }

    @Test
    void reportsMissingPagesAnchorsDuplicateIdsAndLinksOutsideTheBasePath() {
        assertEquals(List.of(
                "page index.html links to /elsewhere/, outside the site's base path /sub/",
                "page index.html links to /sub/a/#nope, but that page has no id 'nope'",
                "page index.html links to /sub/gone/, which is not a page or file of the site",
                "page index.html uses the id 'twice' twice"),
                check("/sub/",
                        "index.html", "<a href=\"/sub/gone/\">g</a><a href=\"/sub/a/#nope\">n</a>"
                                + "<a href=\"/elsewhere/\">e</a><p id=\"twice\"></p><p id=\"twice\"></p>",
                        "a/index.html", "<h1 id=\"top\">A</h1>").stream().sorted().toList());
    }

    /** A link is resolved once for the pages that have it, yet reported on each; "#id" is each page's own. */
    @Test
    void eachPageWithABrokenLinkIsNamedAndInPageAnchorsAreItsOwn() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append("<a href=\"/gone/\">g</a><a href=\"/a/\">a</a><a href=\"#top\">t</a>");
        }
        String[] pages = new String[2 * 40];
        for (int i = 0; i < 40; i++) {
            pages[2 * i] = "p" + i + "/index.html";
            pages[2 * i + 1] = (i % 2 == 0 ? "<h1 id=\"top\">" : "<h1 id=\"start\">") + many;
        }
        List<String> found = check("/", pages);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add("page p" + i + "/index.html links to /a/, which is not a page or file of the site");
            expected.add("page p" + i + "/index.html links to /gone/, which is not a page or file of the site");
            if (i % 2 == 1) {
                expected.add("page p" + i + "/index.html links to #top, but that page has no id 'top'");
            }
        }
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
    }

    /** Pages are scanned as UTF-8: values outside ASCII come out whole, and only whitespace separates a name. */
    @Test
    void readsLinksAndIdsOutsideAsciiAndNamesOnlyAfterWhitespace() {
        assertEquals(List.of(
                "page index.html links to #x, but that page has no id 'x'",
                "page index.html links to /café/#été-✓, but that page has no id 'été-✓'",
                "page index.html links to /gone/, which is not a page or file of the site"),
                check("/",
                        "index.html", "<p>— “quoted”</p><a href=\"/café/#été-✓\">x</a><a href=\"/café/#été\">"
                                + "<p>éhref=\"/not-a-link/\" ✓id=\"x\"</p><a href=\"#x\"><a href=\"/gone/\">y</a>",
                        "café/index.html", "<h1 id=\"été\">é</h1><p class=\"é\" id=\"✓\">✓</p>")
                        .stream().sorted().toList());
    }

    /** With a cache, unchanged pages are skipped only while nothing they could link to changed. */
    @Test
    void aPreviewRecheckStillFindsLinksBrokenByAnotherPage() {
        LinkChecker.ScanCache cache = new LinkChecker.ScanCache();
        String home = "<a href=\"/a/#top\">a</a>";
        assertEquals(List.of(), checkWith(cache, "index.html", home, "a/index.html", "<h1 id=\"top\">A</h1>"));
        assertEquals(List.of(), checkWith(cache, "index.html", home, "a/index.html", "<h1 id=\"top\">A, again</h1>"));
        assertEquals(List.of("page index.html links to /a/#top, but that page has no id 'top'"),
                checkWith(cache, "index.html", home, "a/index.html", "<h1 id=\"start\">A</h1>"));
        assertEquals(List.of("page index.html links to /a/#top, but that page has no id 'top'"),
                checkWith(cache, "index.html", home, "a/index.html", "<h1 id=\"start\">A</h1>"));
        assertEquals(List.of("page index.html links to /a/#top, which is not a page or file of the site"),
                checkWith(cache, "index.html", home, "b/index.html", "<h1 id=\"top\">B</h1>"));
    }

    private static byte[] utf8(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> checkWith(LinkChecker.ScanCache cache, String... pathsAndPages) {
        LinkChecker checker = new LinkChecker("/", cache);
        List<LinkChecker.PageScan> scans = new java.util.ArrayList<>();
        Set<String> paths = new java.util.TreeSet<>();
        for (int i = 0; i < pathsAndPages.length; i += 2) {
            paths.add(pathsAndPages[i]);
            scans.add(checker.scan(pathsAndPages[i], null, utf8(pathsAndPages[i + 1])));
        }
        Diagnostics diagnostics = new Diagnostics();
        checker.check(paths, scans, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::message).toList();
    }
}
