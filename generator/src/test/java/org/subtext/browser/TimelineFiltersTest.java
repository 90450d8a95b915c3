package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * The timeline narrowed to an actor and a topic together: by checkboxes with JavaScript, by links to
 * rendered pages without it. On the golden site (sites/basic): five events, of which first-accord has
 * North Leader and South and the topic border, offer North Leader and border, summit-week South alone.
 */
@Requires(Tool.CHROMIUM)
class TimelineFiltersTest {

    @Test
    void anActorAndATopicTickedShowTheEventsWithBothAndSayHowMany() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        BrowserSite.load(driver, site.goldenUrl("timeline/"));
        WebElement status = driver.findElement(By.cssSelector("nav.filters [role=status]"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("Events shown: 5 of 5.", status.getText());
        driver.findElement(By.cssSelector("nav.filters summary")).click();
        List<WebElement> legends = driver.findElements(By.cssSelector("nav.filters fieldset > legend"));
        assertEquals(List.of("Actors", "Topics"), legends.stream().map(WebElement::getText).toList());

        tick(driver, "South (2)");
        assertShown(driver, List.of("first-accord", "summit-week"));
        assertEquals("Events shown: 2 of 5.", status.getText());
        tick(driver, "border (2)");
        assertShown(driver, List.of("first-accord"));
        assertEquals("Events shown: 1 of 5.", status.getText());
        assertTrue(!driver.findElement(By.id("year-2022")).isDisplayed(), "a year with no event shown is hidden");
        // two actors: the events of either, still on the topic
        tick(driver, "North Leader (2)");
        assertShown(driver, List.of("first-accord", "offer"));
        assertEquals("Events shown: 2 of 5.", status.getText());

        // the choice is in the address, and the address brings it back
        String url = driver.getCurrentUrl();
        assertTrue(url.endsWith("timeline/?actor=north-leader&actor=south&topic=border"), url);
        BrowserSite.load(driver, url);
        assertTrue(driver.findElement(By.cssSelector("nav.filters details")).getAttribute("open") != null,
                "the filters open when the address chose some");
        assertShown(driver, List.of("first-accord", "offer"));
        assertEquals("Events shown: 2 of 5.",
                driver.findElement(By.cssSelector("nav.filters [role=status]")).getText());
        assertTrue(BrowserSite.severe(driver).isEmpty(), "no errors in the console");
    }

    @Test
    void withoutJavaScriptLinksLeadToThePairsPageAndBackOut() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        BrowserSite.load(driver, site.goldenUrl("timeline/actors/north-leader/"));
        assertTrue(driver.findElements(By.cssSelector("input[type=checkbox]")).isEmpty(), "no checkboxes");
        driver.findElement(By.cssSelector("nav.filters summary")).click();
        driver.findElement(By.linkText("border")).click();

        assertTrue(driver.getCurrentUrl().endsWith("/timeline/actors/north-leader/tags/border/"),
                driver.getCurrentUrl());
        assertEquals("Timeline: North Leader · border", driver.findElement(By.tagName("h1")).getText());
        assertEquals(driver.getCurrentUrl().replaceFirst("^http://[^/]+/", "https://golden.invalid/"),
                driver.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"));
        assertShown(driver, List.of("first-accord", "offer"));

        // a link takes away each filter: here the actor, leaving the topic
        driver.findElement(By.linkText("every event on border")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/timeline/tags/border/"), driver.getCurrentUrl());
        driver.findElement(By.cssSelector("nav.filters summary")).click();
        // South shares one event with border: its link is that event, not a page of one
        driver.findElement(By.linkText("South")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/timeline/tags/border/#event-first-accord"),
                driver.getCurrentUrl());
    }

    private static void tick(ChromeDriver driver, String label) {
        WebElement box = driver.findElement(By.xpath("//nav[@class='filters']//label[normalize-space()='" + label
                + "']"));
        box.click();
    }

    private static void assertShown(ChromeDriver driver, List<String> ids) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> shown(driver).equals(ids));
        } catch (TimeoutException e) {
            // reported just below, with the events shown
        }
        assertEquals(ids, shown(driver));
    }

    private static List<String> shown(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("li.event")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("id").substring("event-".length())).toList();
    }
}
