package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * axe-core (bundled in Deque's axe-core Selenium jar, so nothing is fetched) on every page type, in
 * light and dark colour schemes, at phone and desktop widths, with JavaScript on and off, and with
 * the interactive states open (search results, a link preview, the timeline's filters ticked): no
 * violation of any impact.
 */
@Requires(Tool.CHROMIUM)
class AccessibilityTest {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and Deque's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** The page types of {@link BrowserSite#PAGE_TYPES}, and those whose address depends on the content. */
    private static final List<String> TYPES = List.of("home", "explainer", "claim", "embed", "actor", "actors",
            "timeline", "timeline-pair", "claims", "corrections", "tags", "tag", "section", "search", "author", "page", "404");

    /** A state a reader opens with JavaScript on, after the page has loaded. */
    private enum State {
        SEARCH_RESULTS("search", AccessibilityTest::searchFor),
        LINK_PREVIEW("explainer", AccessibilityTest::openPreview),
        TIMELINE_FILTERS("timeline", AccessibilityTest::filterTimeline);

        final String type;
        final Consumer<ChromeDriver> open;

        State(String type, Consumer<ChromeDriver> open) {
            this.type = type;
            this.open = open;
        }
    }

    static Stream<Arguments> pages() {
        Stream<Arguments> plain = TYPES.stream().flatMap(type -> Stream.of("light", "dark").flatMap(scheme ->
                Stream.of(true, false).map(script -> Arguments.of(type, scheme, script ? "script" : "no script"))));
        Stream<Arguments> states = Stream.of(State.values()).flatMap(state -> Stream.of("light", "dark")
                .map(scheme -> Arguments.of(state.name(), scheme, "script")));
        return Stream.concat(plain, states);
    }

    /** Every rule axe ran, whatever it found: passed, violated, incomplete or inapplicable. */
    static Set<String> ran(Results results) {
        return Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(),
                results.getInapplicable()).flatMap(List::stream).map(Rule::getId).collect(Collectors.toSet());
    }

    /** The Ukrainian edition of the two-language fixture (sites/bilingual): its words, dates and switch. */
    static Stream<Arguments> ukrainianPages() {
        return Stream.of("uk/", "uk/explainers/peremovyny/", "uk/explainers/peremovyny/claims/ready-to-talk/",
                        "uk/actors/north-leader/", "uk/timeline/", "uk/claims/", "uk/search/")
                .flatMap(path -> Stream.of("light", "dark").flatMap(scheme -> Stream.of(true, false)
                        .map(script -> Arguments.of(path, scheme, script ? "script" : "no script"))));
    }

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @MethodSource("pages")
    void noViolations(String type, String scheme, String script) throws IOException {
        BrowserSite site = BrowserSite.get();
        State state = Stream.of(State.values()).filter(s -> s.name().equals(type)).findFirst().orElse(null);
        check(site, site.url(path(site, state == null ? type : state.type)), type, scheme, script, state);
    }

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @MethodSource("ukrainianPages")
    void noViolationsInUkrainian(String path, String scheme, String script) throws IOException {
        check(BrowserSite.get(), BilingualSite.get().url(path), path, scheme, script, null);
    }

    /** The sample site's Ukrainian edition: its home page and the translated lead explainer. */
    static Stream<Arguments> sampleUkrainianPages() {
        return Stream.of("uk/", "uk/explainers/russia-ready-for-talks-uk/")
                .flatMap(path -> Stream.of("light", "dark").flatMap(scheme -> Stream.of(true, false)
                        .map(script -> Arguments.of(path, scheme, script ? "script" : "no script"))));
    }

    @ParameterizedTest(name = "sample {0} ({1}, {2})")
    @MethodSource("sampleUkrainianPages")
    void noViolationsInTheSamplesUkrainianEdition(String path, String scheme, String script) throws IOException {
        BrowserSite site = BrowserSite.get();
        assertTrue(Files.isRegularFile(site.site.resolve(path).resolve("index.html")), path + " was built");
        check(site, site.url(path), path, scheme, script, null);
    }

    private static void check(BrowserSite site, String url, String type, String scheme, String script, State state) {
        ChromeDriver driver = site.browser();
        boolean withScript = script.equals("script");
        BrowserSite.colorScheme(driver, scheme);
        // axe itself runs as a script, so "JavaScript off" is the page's own scripts refused: the same
        // page a reader without JavaScript gets, as no template has a <noscript> or an inline script
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls",
                withScript ? List.of() : List.of("*.js")));
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
                boolean hasScripts = (Boolean) driver.executeScript(
                        "return document.querySelectorAll('script[src]').length > 0");
                boolean scriptsRan = (Boolean) driver.executeScript("return performance.getEntriesByType('resource')"
                        + ".some(e => e.name.endsWith('.js') && e.responseStatus === 200)");
                assertEquals(withScript && hasScripts, scriptsRan, "the page's scripts were loaded or refused");
                if (state != null) {
                    state.open.accept(driver);
                }
                Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
                assertTrue(ran(results).contains("target-size"),
                        "axe ran target-size, which only a WCAG 2.2 tag turns on; it ran " + ran(results).size() + " rules");
                System.out.printf("axe %s %s %s %dpx: %d violations, %d passes: %s%n", type, scheme, script, width,
                        results.getViolations().size(), results.getPasses().size(), results.getViolations().stream()
                                .map(r -> r.getId() + "/" + r.getImpact()).collect(Collectors.joining(", ")));
                for (Rule rule : results.getViolations()) {
                    report.append(width).append("px ").append(rule.getId()).append(" (").append(rule.getImpact())
                            .append("): ").append(rule.getHelp()).append('\n');
                    rule.getNodes().stream().limit(5).forEach(n -> report.append("    ").append(n.getTarget())
                            .append(" ").append(n.getFailureSummary() == null ? ""
                                    : n.getFailureSummary().replace('\n', ' ')).append('\n'));
                }
            }
            assertEquals("", report.toString(), type + " page, " + scheme + " scheme, " + script);
        } finally {
            // the refused scripts and the 404 page leave errors in the log that later tests read
            BrowserSite.severe(driver);
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            BrowserSite.colorScheme(driver, "light");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** The site path of a page of {@code type}: a fixed one, or the first such page the build wrote. */
    private static String path(BrowserSite site, String type) {
        return switch (type) {
            case "claim" -> first(site.site, "explainers/" + explainerSlug() + "/claims");
            case "embed" -> "embed/" + explainerSlug() + "/";
            case "corrections" -> "corrections/";
            case "author" -> first(site.site, "authors");
            case "page" -> "methods/";
            default -> BrowserSite.PAGE_TYPES.get(type);
        };
    }

    private static String explainerSlug() {
        String explainer = BrowserSite.PAGE_TYPES.get("explainer");
        return explainer.substring("explainers/".length(), explainer.length() - 1);
    }

    /** The first folder under {@code folder} of the built site, in name order, as a site path. */
    private static String first(Path site, String folder) {
        try (Stream<Path> children = Files.list(site.resolve(folder))) {
            return folder + "/" + children.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow()
                    + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void searchFor(ChromeDriver driver) {
        WebElement input = driver.findElement(By.cssSelector("input[type=search]"));
        input.sendKeys("talks");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
    }

    /** The timeline's checkboxes shown, an actor and a topic ticked. */
    private static void filterTimeline(ChromeDriver driver) {
        driver.findElement(By.cssSelector("nav.filters summary")).click();
        WebElement status = driver.findElement(By.cssSelector("nav.filters [role=status]"));
        String all = status.getText();
        driver.findElement(By.cssSelector("label[for=filter-actor-vladimir-putin]")).click();
        driver.findElement(By.cssSelector("label[for=filter-topic-negotiations]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !status.getText().equals(all));
    }

    private static void openPreview(ChromeDriver driver) {
        WebElement link = driver.findElement(By.cssSelector(PreviewsTest.LINK));
        driver.executeScript("arguments[0].focus()", link);
        WebElement card = driver.findElement(By.id("preview_"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> card.isDisplayed());
    }
}
