package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * The search page over the sample site: words found wherever they are written (claim, body paragraph,
 * timeline event, actor alias), results linking to the element that matched with the words marked,
 * what it says without JavaScript, and axe with results open.
 */
@Requires(Tool.CHROMIUM)
class SearchTest {

    /** Words from one claim of the lead explainer and from nothing else in the sample. */
    private static final String CLAIM_WORDS = "Western backers blocking";

    private static WebElement box(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            WebElement box = d.findElement(By.id("search-input"));
            return box.isDisplayed() ? box : null;
        });
    }

    /** Searches for {@code query} and waits for the status to start with {@code expected}; the result links. */
    private static List<String> search(ChromeDriver driver, BrowserSite site, String query, String expected) {
        BrowserSite.load(driver, site.url("search/?q=" + query.replace(' ', '+')));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith(expected) && status.contains(" for \u201c")
                    && !d.findElements(By.cssSelector("#search-results li mark")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#search-results li a")).stream()
                .map(a -> a.getAttribute("href").substring(site.url("").length())).toList();
    }

    @Test
    void wordsFromOneClaimFindTheClaimItself() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        BrowserSite.load(driver, site.url("search/"));
        WebElement input = box(driver);
        input.sendKeys(CLAIM_WORDS);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("search-status")).getText().startsWith("1 result"));
        wait.until(d -> d.findElements(By.cssSelector("#search-results li a")).size() == 1);
        String href = driver.findElement(By.cssSelector("#search-results li a")).getAttribute("href");
        assertTrue(href.endsWith("/explainers/russia-ready-for-talks/#lavrov-kyiv-blocks"), href);
        List<String> marks = driver.findElements(By.cssSelector("#search-results li mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marks.containsAll(List.of("Western", "backers", "blocking")), "the matching words are marked: " + marks);
        assertTrue(driver.findElement(By.cssSelector("#search-results li")).getText().contains("Claim by"),
                "the result says it is a claim");
        assertTrue(driver.getCurrentUrl().contains("?q="), "the query is kept in the URL");

        // clearing the box brings back what the page shows without a query
        driver.executeScript("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'))", input);
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("newest"));
        assertEquals(List.of(), BrowserSite.severe(driver).stream().map(e -> e.getMessage()).toList());
    }

    @Test
    void aWordOnlyInABodyParagraphLinksToItsHeading() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        List<String> links = search(driver, site, "encircled", "1 result");
        assertEquals(List.of("explainers/minsk-agreements/#two-documents-one-war"), links);
        assertEquals("encircled", driver.findElement(By.cssSelector("#search-results li mark")).getText());
    }

    @Test
    void aWordOnlyInATimelineEventLinksToTheEvent() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        List<String> links = search(driver, site, "Elmendorf", "2 results");
        assertEquals(2, links.size());
        assertTrue(links.stream().allMatch(l -> l.startsWith("explainers/") && l.endsWith("/#event-alaska-summit")),
                links.toString());
    }

    @Test
    void anAliasFindsItsActor() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        // the sample also quotes "Kiev" in a claim and a source's title; the actor's other name comes first
        List<String> links = search(driver, site, "Kiev", "");
        assertEquals("actors/ukraine/", links.get(0), links.toString());
        assertTrue(driver.findElement(By.cssSelector("#search-results li")).getText().contains("Also known as"));
        // titles first: an actor's name outranks the explainers that only mention it
        assertEquals("actors/sergei-lavrov/", search(driver, site, "lavrov", "").get(0));
    }

    @Test
    void aResultLandsOnTheElementThatMatched() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        for (int width : new int[] {390, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            search(driver, site, "Elmendorf", "2 results");
            driver.findElement(By.cssSelector("#search-results li a")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("#event-alaska-summit"));
            Object top = driver.executeScript("var e = document.getElementById('event-alaska-summit');"
                    + "var r = e.getBoundingClientRect(); return [r.top, r.height, innerHeight, scrollY];");
            List<?> box = (List<?>) top;
            // scrolled to the element: its top at the top of the window, give or take a subpixel
            double y = ((Number) box.get(0)).doubleValue();
            assertTrue(y > -2 && y < ((Number) box.get(2)).doubleValue() && ((Number) box.get(1)).doubleValue() > 0,
                    "the event is on screen at " + width + " px: " + box);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theUkrainianEditionSearchesItsOwnIndexAndSpeaksUkrainian() throws IOException {
        BilingualSite bilingual = BilingualSite.get();
        ChromeDriver driver = BrowserSite.get().browser();
        BrowserSite.load(driver, bilingual.url("uk/search/?q=%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D0%B8%D1%82%D0%B8"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.withMessage(() -> "the status says: " + driver.findElement(By.id("search-status")).getText())
                .until(d -> !d.findElements(By.cssSelector("#search-results li mark")).isEmpty());
        assertEquals("1 результат за запитом «говорити».", driver.findElement(By.id("search-status")).getText());
        List<String> links = driver.findElements(By.cssSelector("#search-results li a")).stream()
                .map(a -> a.getAttribute("href").substring(bilingual.url("").length())).toList();
        assertEquals(List.of("uk/explainers/peremovyny/#ready-to-talk"), links);
        assertTrue(driver.findElement(By.cssSelector("#search-results li")).getText().contains("Заява: Північний лідер"),
                "the result says in Ukrainian that it is a claim, and whose");
        assertEquals("Більше результатів", driver.findElement(By.id("search-more")).getAttribute("textContent"));
        assertEquals(List.of(), BrowserSite.severe(driver).stream().map(e -> e.getMessage()).toList());
    }

    @Test
    void withoutJavaScriptThePageSaysWhatToDo() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        BrowserSite.load(driver, site.url("search/?q=minsk"));
        WebElement help = driver.findElement(By.id("search-noscript"));
        assertTrue(help.isDisplayed());
        assertTrue(help.getText().contains("needs JavaScript"), help.getText());
        List<String> links = help.findElements(By.tagName("a")).stream()
                .map(a -> a.getAttribute("href").substring(site.url("").length())).toList();
        assertEquals(List.of("claims/", "timeline/", "tags/", "actors/"), links);
        assertFalse(driver.findElements(By.cssSelector("#search-results li a")).isEmpty(), "the newest explainers are listed");
        assertTrue(driver.findElements(By.id("search-more")).isEmpty(), "no button to show more of nothing");
        assertFalse(driver.findElement(By.cssSelector("form[role=search]")).isDisplayed(), "no box that cannot search");
    }

    @Test
    void axeFindsNothingWithResultsOpen() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        StringBuilder report = new StringBuilder();
        try {
            for (String scheme : new String[] {"light", "dark"}) {
                BrowserSite.colorScheme(driver, scheme);
                for (int width : new int[] {390, 1280}) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    search(driver, site, "russia", "");
                    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-more")).isDisplayed());
                    Results results = new AxeBuilder().withTags(AccessibilityTest.TAGS).analyze(driver);
                    results.getViolations().forEach(r -> report.append(scheme).append(' ').append(width).append("px ")
                            .append(r.getId()).append(" (").append(r.getImpact()).append("): ")
                            .append(r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                                    .collect(Collectors.joining(", "))).append('\n'));
                }
            }
        } finally {
            BrowserSite.colorScheme(driver, "light");
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        assertEquals("", report.toString());
    }
}
