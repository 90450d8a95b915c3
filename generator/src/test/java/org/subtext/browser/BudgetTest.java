package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.TestSites;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * Page-weight budgets for every page of the sample site, uncompressed: HTML plus the CSS and JS it
 * loads under 60 KB, JS under 15 KB; and nothing loaded from another origin.
 */
@Requires(Tool.CHROMIUM)
class BudgetTest {

    static final int PAGE_BUDGET = 60 * 1024;
    static final int SCRIPT_BUDGET = 15 * 1024;

    @Test
    void everyPageIsWithinBudgetAndLoadsOnlyFromTheSite(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("content"), TestSites.TEMPLATES, site,
                false, null));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 40, "pages: " + pages.size());
        List<String> problems = new ArrayList<>();
        String largest = null;
        long largestBytes = 0;
        for (Path page : pages) {
            String name = site.relativize(page).toString();
            Document doc = Jsoup.parse(page.toFile(), "UTF-8", "https://subtext.invalid/");
            long html = Files.size(page);
            long css = 0;
            long js = 0;
            for (Element el : doc.select("script[src], link[href], img[src], source[src], source[srcset], "
                    + "img[srcset], iframe, video[src], audio[src], object, embed")) {
                for (String attr : new String[] {"src", "href", "srcset", "data"}) {
                    String url = el.attr(attr);
                    if (!url.isEmpty() && external(url) && !isLinkToAnotherSite(el)) {
                        problems.add(name + ": <" + el.tagName() + " " + attr + "=\"" + url + "\"> loads from "
                                + "another origin");
                    }
                }
                if (el.tagName().equals("iframe") || el.tagName().equals("object") || el.tagName().equals("embed")) {
                    problems.add(name + ": <" + el.tagName() + "> is not allowed");
                }
            }
            for (Element link : doc.select("link[rel~=(?i)stylesheet][href]")) {
                css += size(site, link.attr("href"), name, problems);
            }
            for (Element script : doc.select("script")) {
                js += script.hasAttr("src") ? size(site, script.attr("src"), name, problems)
                        : script.attr("type").equals("application/ld+json") ? 0 : script.data().length();
            }
            long total = html + css + js;
            if (total > PAGE_BUDGET) {
                problems.add(name + ": " + total + " bytes (HTML " + html + ", CSS " + css + ", JS " + js
                        + "), over the budget of " + PAGE_BUDGET);
            }
            if (js > SCRIPT_BUDGET) {
                problems.add(name + ": " + js + " bytes of JavaScript, over the budget of " + SCRIPT_BUDGET);
            }
            if (total > largestBytes) {
                largestBytes = total;
                largest = name + " (HTML " + html + ", CSS " + css + ", JS " + js + ")";
            }
        }
        System.out.println("largest page: " + largest + ": " + largestBytes + " bytes of " + PAGE_BUDGET
                + " uncompressed, " + pages.size() + " pages checked");
        assertEquals(List.of(), problems);
    }

    /** A plain link to another site is fine; loading a resource from one is not. */
    private static boolean isLinkToAnotherSite(Element el) {
        if (!el.tagName().equals("link")) {
            return false;
        }
        String rel = el.attr("rel").toLowerCase(java.util.Locale.ROOT);
        return rel.equals("canonical") || rel.equals("alternate");
    }

    private static boolean external(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("//") || u.matches("^[a-z][a-z0-9+.-]*:.*") && !u.startsWith("data:");
    }

    private static long size(Path site, String url, String page, List<String> problems) throws IOException {
        if (!url.startsWith("/")) {
            problems.add(page + ": cannot measure " + url);
            return 0;
        }
        Path file = site.resolve(url.substring(1).replaceFirst("[?#].*$", ""));
        if (!Files.isRegularFile(file)) {
            problems.add(page + ": " + url + " is missing");
            return 0;
        }
        return Files.size(file);
    }
}
