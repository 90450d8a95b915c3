package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * The layers of a statement are compared, not hidden behind one another: side by side on a wide
 * screen, stacked cards on a phone, every one of them in print; each says what it reads.
 */
@Requires(Tool.CHROMIUM)
class LayersTest {

    private static final String PAGE = "explainers/border-talks/";

    @Test
    void readingsSitSideBySideOnWideScreensAndStackOnPhones() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        try {
            BrowserSite.viewport(driver, 1280, 900);
            BrowserSite.load(driver, site.goldenUrl(PAGE));
            List<Rectangle> wide = layers(driver);
            assertEquals(wide.get(0).getY(), wide.get(1).getY(), "side by side: " + wide);
            assertTrue(wide.get(1).getX() >= wide.get(0).getX() + wide.get(0).getWidth(), "beside: " + wide);

            BrowserSite.viewport(driver, 390, 844);
            BrowserSite.load(driver, site.goldenUrl(PAGE));
            List<Rectangle> phone = layers(driver);
            assertEquals(phone.get(0).getX(), phone.get(1).getX(), "stacked: " + phone);
            assertTrue(phone.get(1).getY() >= phone.get(0).getY() + phone.get(0).getHeight(), "below: " + phone);
            for (Rectangle r : phone) {
                assertTrue(r.getX() >= 0 && r.getX() + r.getWidth() <= 390, "within the screen: " + r);
            }

            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (WebElement layer : driver.findElements(By.cssSelector("#layers .layer"))) {
                assertTrue(layer.isDisplayed(), "printed: " + layer.getAttribute("id"));
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            BrowserSite.clearViewport(driver);
        }
    }

    @Test
    void eachLayerSaysWhatItReads() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        BrowserSite.load(driver, site.goldenUrl(PAGE));
        List<WebElement> applies = driver.findElements(By.cssSelector("#layers .layer__applies"));
        assertEquals("Reads the statement as a whole.", applies.get(0).getText());
        WebElement claim = applies.get(1).findElement(By.tagName("a"));
        assertEquals("North Leader: We are ready to talk <today>.", claim.getText());
        assertTrue(claim.getAttribute("href").endsWith("#ready-to-talk"));
    }

    private static List<Rectangle> layers(ChromeDriver driver) {
        List<Rectangle> rects = driver.findElements(By.cssSelector("#layers .layer")).stream()
                .map(WebElement::getRect).toList();
        assertEquals(2, rects.size());
        return rects;
    }
}
