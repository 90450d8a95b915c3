package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/** The timeline reads as a reader expects: short ranges, and a linked event not hidden under its year. */
@Requires(Tool.CHROMIUM)
class TimelineReadingTest {

    @Test
    void aRangeWithinAMonthReadsAsOne() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        BrowserSite.load(driver, site.goldenUrl("timeline/"));
        WebElement date = driver.findElement(By.cssSelector("#event-summit-week .event__date"));
        String shown = (String) driver.executeScript("var range = arguments[0].querySelector('.event__range');"
                + "return arguments[0].querySelector('time').textContent"
                + " + getComputedStyle(range, '::before').content.replace(/ \\/ .*$/, '').replace(/\"/g, '')"
                + " + range.querySelector('time').textContent", date);
        assertEquals("23–27 September 2022", shown);
        assertEquals("23 to 27 September 2022", date.getAttribute("textContent").replaceAll("\\s+", " ").strip());
    }

    @Test
    void anOverviewAboveTheListDrawsThePeriodsToScale() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        try {
            BrowserSite.viewport(driver, 390, 844);
            BrowserSite.load(driver, site.goldenUrl("timeline/"));
            WebElement svg = driver.findElement(By.cssSelector("figure.overview svg[role=img]"));
            assertTrue(svg.getAttribute("aria-label").startsWith("The timeline drawn to scale, 2014 to 2026"));
            long position = ((Number) driver.executeScript("return arguments[0].compareDocumentPosition("
                    + "document.querySelector('.year'))", svg)).longValue();
            assertTrue((position & 4) != 0, "above the list");
            // the long war, 2014 to February 2022, covers 2,981 of the 4,749 days from 2014 to the end of 2026
            double share = ((Number) driver.executeScript("return arguments[0].querySelector('.overview__period')"
                    + ".getBoundingClientRect().width / arguments[0].getBoundingClientRect().width", svg))
                    .doubleValue();
            assertEquals(2981.0 / 4749, share, 0.005);
            assertTrue(svg.getRect().getWidth() <= 390, "within a phone's screen");
        } finally {
            BrowserSite.clearViewport(driver);
        }
    }

    @Test
    void aLinkedEventIsNotHiddenUnderItsYearsStickyHeading() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        try {
            BrowserSite.viewport(driver, 390, 360);
            BrowserSite.load(driver, site.goldenUrl("timeline/#event-first-accord"));
            WebElement event = driver.findElement(By.id("event-first-accord"));
            WebElement heading = driver.findElement(By.id("year-2014"));
            long scrolled = ((Number) driver.executeScript("return scrollY")).longValue();
            assertTrue(scrolled > 0, "the page scrolled to the event");
            double headingBottom = ((Number) driver.executeScript(
                    "return arguments[0].getBoundingClientRect().bottom", heading)).doubleValue();
            double eventTop = ((Number) driver.executeScript(
                    "return arguments[0].getBoundingClientRect().top", event)).doubleValue();
            assertTrue(eventTop >= headingBottom, "the event starts at " + eventTop + " px, the heading ends at "
                    + headingBottom + " px");
        } finally {
            BrowserSite.clearViewport(driver);
        }
    }
}
