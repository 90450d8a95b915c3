package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/** Events with an end date read as spans, on screen, in dark mode, in print and as text. */
@Requires(Tool.CHROMIUM)
class TimelineSpansTest {

    private static final String SPAN = "#event-donbas-war";
    private static final String POINT = "#event-minsk-1";

    @Test
    void anEventWithAnEndIsDrawnAsABarAndReadsFromStartToEnd() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        try {
            for (String scheme : List.of("light", "dark")) {
                BrowserSite.colorScheme(driver, scheme);
                BrowserSite.load(driver, site.url("timeline/"));
                WebElement span = driver.findElement(By.cssSelector(SPAN));
                WebElement point = driver.findElement(By.cssSelector(POINT));
                assertTrue(span.getAttribute("class").contains("event--span"));
                assertFalse(point.getAttribute("class").contains("event--span"));
                // the text a screen reader or a copy gets: both dates joined by "to"; the dash is drawn by CSS
                assertEquals("2014 to 2022", text(driver, SPAN + " .event__date"));
                assertTrue(pseudo(driver, SPAN + " .event__range", "content").contains("–"));
                double bar = Double.parseDouble(pseudo(driver, SPAN, "height").replace("px", ""));
                double dot = Double.parseDouble(pseudo(driver, POINT, "height").replace("px", ""));
                assertTrue(bar > 3 * dot, scheme + ": the span's bar (" + bar + "px) runs the length of the entry, "
                        + "the point's dot is " + dot + "px");
                assertEquals(pseudo(driver, POINT, "background-color"), pseudo(driver, SPAN, "border-top-color"),
                        scheme + ": the bar has the dots' colour");
            }
            // in print, where backgrounds are dropped, the bar is a border and still shows
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("solid", pseudo(driver, SPAN, "border-top-style"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            BrowserSite.colorScheme(driver, "light");
        }
        assertEquals(List.of(), BrowserSite.severe(driver).stream().map(e -> e.getMessage()).toList());
    }

    private static String text(ChromeDriver driver, String selector) {
        return ((String) driver.executeScript("return document.querySelector(arguments[0]).textContent", selector))
                .replaceAll("\\s+", " ").strip();
    }

    private static String pseudo(ChromeDriver driver, String selector, String property) {
        return (String) driver.executeScript("return getComputedStyle(document.querySelector(arguments[0]), "
                + "'::before').getPropertyValue(arguments[1])", selector, property);
    }
}
