package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * axe-core (bundled in Deque's axe-core Selenium jar, so nothing is fetched) on the main page types,
 * in light and dark colour schemes and at phone and desktop widths: no serious or critical violation.
 */
@Requires(Tool.CHROMIUM)
class AccessibilityTest {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and Deque's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static Stream<Arguments> pages() {
        return Stream.of("home", "explainer", "actor", "timeline", "claims", "search")
                .flatMap(type -> Stream.of("light", "dark").map(scheme -> Arguments.of(type, scheme)));
    }

    /** Every rule axe ran, whatever it found: passed, violated, incomplete or inapplicable. */
    static Set<String> ran(Results results) {
        return Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(),
                results.getInapplicable()).flatMap(List::stream).map(Rule::getId).collect(Collectors.toSet());
    }

    /** The Ukrainian edition of the two-language fixture (sites/bilingual): its words, dates and switch. */
    static Stream<Arguments> ukrainianPages() {
        return Stream.of("uk/", "uk/explainers/peremovyny/", "uk/actors/north-leader/", "uk/timeline/",
                        "uk/claims/", "uk/search/")
                .flatMap(path -> Stream.of("light", "dark").map(scheme -> Arguments.of(path, scheme)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pages")
    void noSeriousOrCriticalViolations(String type, String scheme) throws IOException {
        BrowserSite site = BrowserSite.get();
        check(site, site.url(BrowserSite.PAGE_TYPES.get(type)), type, scheme);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("ukrainianPages")
    void noSeriousOrCriticalViolationsInUkrainian(String path, String scheme) throws IOException {
        check(BrowserSite.get(), BilingualSite.get().url(path), path, scheme);
    }

    private static void check(BrowserSite site, String url, String type, String scheme) {
        ChromeDriver driver = site.browser();
        BrowserSite.colorScheme(driver, scheme);
        try {
            StringBuilder report = new StringBuilder();
            for (int width : new int[] {390, 1280}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                BrowserSite.load(driver, url);
                String background = scheme.equals("dark") ? "rgb(22, 23, 26)" : "rgb(253, 252, 249)";
                // Chromium 150 once answered before the stylesheet applied (a transparent body) when the
                // same page was loaded again at the second width; the page is checked once it applies
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ignored -> background.equals(
                            driver.executeScript("return getComputedStyle(document.body).backgroundColor")));
                } catch (TimeoutException e) {
                    // reported just below, with the colour found
                }
                assertEquals(background, driver.executeScript("return getComputedStyle(document.body).backgroundColor"),
                        "the " + scheme + " scheme is in effect");
                Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
                assertTrue(ran(results).contains("target-size"),
                        "axe ran target-size, which only a WCAG 2.2 tag turns on; it ran " + ran(results).size() + " rules");
                List<Rule> bad = results.getViolations().stream()
                        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
                System.out.printf("axe %s %s %dpx: %d violations (%d serious or critical), %d passes: %s%n", type,
                        scheme, width, results.getViolations().size(), bad.size(), results.getPasses().size(),
                        results.getViolations().stream().map(r -> r.getId() + "/" + r.getImpact())
                                .collect(Collectors.joining(", ")));
                for (Rule rule : bad) {
                    report.append(width).append("px ").append(rule.getId()).append(" (").append(rule.getImpact())
                            .append("): ").append(rule.getHelp()).append('\n');
                    rule.getNodes().stream().limit(5).forEach(n -> report.append("    ").append(n.getTarget())
                            .append(" ").append(n.getFailureSummary() == null ? ""
                                    : n.getFailureSummary().replace('\n', ' ')).append('\n'));
                }
            }
            assertEquals("", report.toString(), type + " page, " + scheme + " scheme");
        } finally {
            BrowserSite.colorScheme(driver, "light");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
