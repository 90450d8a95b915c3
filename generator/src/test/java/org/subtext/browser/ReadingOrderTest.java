package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * An explainer reads brief first, then the story, then the evidence: on a 390 x 844 phone the body's
 * first paragraph starts within two screen heights of the top, on the sample's longest explainer too.
 */
@Requires(Tool.CHROMIUM)
class ReadingOrderTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @Test
    void theStoryStartsWithinTwoScreensOnAPhone() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        try {
            BrowserSite.viewport(driver, WIDTH, HEIGHT);
            for (String url : List.of(site.url(BrowserSite.PAGE_TYPES.get("explainer")),
                    site.goldenUrl("explainers/border-talks/"))) {
                BrowserSite.load(driver, url);
                assertEquals(WIDTH, ((Number) driver.executeScript("return innerWidth")).intValue());
                long offset = ((Number) driver.executeScript("var p = document.querySelector('.prose > p');"
                        + "return p.getBoundingClientRect().top + scrollY")).longValue();
                assertTrue(offset <= 2 * HEIGHT, url + ": the first paragraph starts at " + offset + " px");
            }
        } finally {
            BrowserSite.clearViewport(driver);
        }
    }

    @Test
    void theBriefComesBeforeTheStoryAndTheEvidenceAfterIt() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        BrowserSite.load(driver, site.goldenUrl("explainers/border-talks/"));
        List<String> order = List.of(".kicker", "h1", ".lede", ".byline", ".dateline", "#headline-check",
                "#key-points", "#story", "#layers", "#claims", "#conditions", "#timeline", "#sources");
        for (int i = 1; i < order.size(); i++) {
            WebElement before = driver.findElement(By.cssSelector("article " + order.get(i - 1)));
            WebElement after = driver.findElement(By.cssSelector("article " + order.get(i)));
            long position = ((Number) driver.executeScript("return arguments[0].compareDocumentPosition(arguments[1])",
                    before, after)).longValue();
            assertTrue((position & 4) != 0, order.get(i - 1) + " comes before " + order.get(i));
        }
        // the headline check says where the headline was seen: outlet and date, linking the source
        List<WebElement> seen = driver.findElements(By.cssSelector("#headline-check .headline-check__seen a"));
        assertEquals(List.of("Wire Service, 23 June 2026", "Evening News, 24 June 2026"),
                seen.stream().map(WebElement::getText).toList());
        assertEquals("https://example.com/statement?a=1&b=2", seen.get(0).getAttribute("href"));
        assertTrue(seen.get(1).getAttribute("href").endsWith("#source-evening-news"), "a source without a url");
        assertTrue(driver.findElement(By.cssSelector("#headline-check .headline-check__seen")).getText()
                .startsWith("As headlined by"));
        // the explainer's own events, drawn to scale, with a link to the full timeline rather than a copy of it
        assertEquals(2, driver.findElements(By.cssSelector("#timeline .event")).size());
        assertTrue(driver.findElements(By.cssSelector("#timeline .event__meta")).isEmpty(), "no copy of the full entry");
        assertEquals(1, driver.findElements(By.cssSelector("#timeline figure.overview svg")).size());
        assertTrue(driver.findElement(By.cssSelector("#timeline a[href$='/timeline/']")).isDisplayed());
    }
}
