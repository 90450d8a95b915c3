package org.subtext.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.TestSites;

/**
 * Builds a site whose every field carries an injection attempt and scans every output file with an
 * HTML parser for anything that could run: scripts the templates did not put there, event-handler
 * attributes, dangerous URL schemes, frames and objects.
 */
class HostileContentTest {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite", "srcset", "ping", "manifest", "codebase");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "object", "embed", "applet",
            "base", "form", "style", "svg", "math", "button", "input", "textarea", "select", "frameset");

    @TempDir
    static Path root;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        TestSites.write(root, TestSites.sections(
                Files.readString(Path.of("generator/src/test/resources/hostile/site.txt"))));
        site = root.resolve("site");
        result = new SiteBuilder().build(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES, site, false,
                null));
    }

    @Test
    void hostileButValidContentBuilds() {
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, root)));
    }

    @Test
    void noPageCarriesAnythingExecutable() {
        List<String> findings = new ArrayList<>();
        Map<String, byte[]> files = TestSites.snapshot(site);
        int pages = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            Document document = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
            for (Element element : document.getAllElements()) {
                scan(file.getKey(), element, findings);
            }
        }
        assertTrue(pages >= 8, "scanned " + pages + " pages");
        assertEquals(List.of(), findings);
    }

    private static void scan(String page, Element element, List<String> findings) {
        String tag = element.normalName();
        boolean searchForm = page.equals("search/index.html") && (tag.equals("form") && element.attr("role").equals("search")
                || tag.equals("input") && element.attr("type").equals("search"));
        if (FORBIDDEN_ELEMENTS.contains(tag) && !searchForm) {
            findings.add(page + ": <" + tag + "> element");
        }
        if (tag.equals("script")) {
            boolean templateScript = element.attr("src").matches("/sub/static/[a-z]+\\.[0-9a-f]{10}\\.js")
                    && element.attr("integrity").startsWith("sha384-") && element.data().isEmpty();
            if (!element.attr("type").equals("application/ld+json") && !templateScript) {
                findings.add(page + ": <script> element " + element.outerHtml());
            } else if (element.data().toLowerCase(Locale.ROOT).contains("</script")) {
                findings.add(page + ": JSON-LD that closes its script element");
            }
        }
        if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
            findings.add(page + ": meta refresh");
        }
        if (tag.equals("link") && element.attr("rel").equals("stylesheet")
                && !element.attr("href").startsWith("/sub/static/")) {
            findings.add(page + ": foreign stylesheet " + element.attr("href"));
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (name.startsWith("on")) {
                findings.add(page + ": event handler " + name + " on <" + tag + ">");
            }
            if (name.equals("srcdoc")) {
                findings.add(page + ": srcdoc on <" + tag + ">");
            }
            if (name.equals("style")) {
                String style = value.toLowerCase(Locale.ROOT);
                if (style.contains("url(") || style.contains("expression") || style.contains("javascript")) {
                    findings.add(page + ": style attribute " + value);
                }
            }
            if (URL_ATTRIBUTES.contains(name) && !isSafeUrl(value)) {
                findings.add(page + ": " + name + "=\"" + value + "\" on <" + tag + ">");
            }
        }
    }

    /** A scheme-less (relative) URL, or one of http, https, mailto, after what browsers strip. */
    static boolean isSafeUrl(String url) {
        String cleaned = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        int colon = cleaned.indexOf(':');
        int slash = cleaned.indexOf('/');
        int question = cleaned.indexOf('?');
        int hash = cleaned.indexOf('#');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (question < 0 || colon < question)
                && (hash < 0 || colon < hash);
        if (!hasScheme) {
            return !cleaned.contains("&colon;");
        }
        String scheme = cleaned.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    @Test
    void ordinaryFormattingSurvives() throws IOException {
        Document page = Jsoup.parse(site.resolve("explainers/attack/index.html").toFile(), "UTF-8");
        Element prose = page.selectFirst(".prose");
        assertTrue(prose.select("strong").text().contains("bold"));
        assertTrue(prose.select("em").text().contains("em"));
        assertEquals("https://example.org/page", prose.select("a:contains(web link)").attr("href"));
        assertEquals("mailto:desk@example.org", prose.select("a:contains(mail link)").attr("href"));
        assertEquals("/sub/tags/xss/", prose.select("a:contains(site link)").attr("href"));
        assertEquals("/sub/explainers/safe/", prose.select("a:contains(a wikilink)").attr("href"));
        assertEquals("/sub/assets/pic.svg", prose.select("figure img").attr("src"));
        assertEquals("A caption", prose.select("figcaption").text());
        assertEquals(1, prose.select("table").size());
    }

    @Test
    void plainFieldsAreShownAsTextNotMarkup() throws IOException {
        Document page = Jsoup.parse(site.resolve("explainers/attack/index.html").toFile(), "UTF-8");
        assertEquals("</script><script>alert('title')</script>", page.selectFirst("h1").text());
        assertTrue(page.title().startsWith("</script><script>alert('title')</script>"));
        assertEquals("\"><svg onload=alert('summary')> & <!-- ]]> -->",
                page.selectFirst("meta[name=description]").attr("content"));
        Document actor = Jsoup.parse(site.resolve("actors/mallory/index.html").toFile(), "UTF-8");
        assertEquals("Mallory <img src=x onerror=alert('name')>", actor.selectFirst("h1").text());
        assertTrue(actor.text().contains("NO"), "country: NO stays a string");
    }

    @Test
    void feedsAndSitemapStayWellFormedXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertEquals("</script><script>alert('title')</script>",
                feed.getElementsByTagName("entry").item(0).getFirstChild().getNextSibling().getTextContent());
        factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
    }
}
