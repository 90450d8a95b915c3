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

/**
 * Print is light whatever the screen's scheme, with every layer and each source's address as a
 * numbered endnote; in dark mode a picture drawn for a light page keeps a light ground.
 */
@Requires(Tool.CHROMIUM)
class PrintAndDarkTest {

    private static final String PAGE = "explainers/border-talks/";

    @Test
    void aDarkScreenPrintsLightWithEveryLayerAndTheSourcesAddresses() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        try {
            BrowserSite.colorScheme(driver, "dark");
            BrowserSite.load(driver, site.goldenUrl(PAGE));
            assertTrue(luminance(driver, "body", "background-color") < 0.2, "the screen is dark");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
                    "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            assertTrue(luminance(driver, "body", "background-color") > 0.95, "the paper is white");
            assertTrue(luminance(driver, "body", "color") < 0.1, "the ink is black");
            assertTrue(luminance(driver, ".lede", "color") < 0.1, "the summary's grey is a print grey");
            assertTrue(luminance(driver, ".badge--disputed", "color") < 0.2, "a status keeps a dark colour");
            for (WebElement layer : driver.findElements(By.cssSelector("#layers .layer"))) {
                assertTrue(layer.isDisplayed(), layer.getAttribute("id"));
            }
            WebElement endnote = driver.findElement(By.cssSelector("#sources ol > li#source-wire"));
            // the address is printed after the title by the print stylesheet, not written twice in the page
            assertEquals("\" (https://example.com/statement?a=1&b=2)\"", driver.executeScript(
                    "return getComputedStyle(arguments[0], '::after').content",
                    endnote.findElement(By.cssSelector("a"))), endnote.getText());
            assertEquals("decimal", driver.executeScript(
                    "return getComputedStyle(arguments[0]).listStyleType", endnote), "numbered");
            // in the sample, a source with an archived copy prints its own address once, not the archive's
            BrowserSite.load(driver, site.url(BrowserSite.PAGE_TYPES.get("explainer")));
            List<WebElement> archived = driver.findElements(By.xpath("//*[@id='sources']//a[.='archived copy']"));
            assertFalse(archived.isEmpty(), "the sample's sources have archived copies");
            for (WebElement copy : archived) {
                assertEquals("none", driver.executeScript("return getComputedStyle(arguments[0], '::after').content",
                        copy), "an archived copy's address is not printed as the source's");
                WebElement title = copy.findElement(By.xpath("../a[1]"));
                assertEquals("\" (" + title.getDomAttribute("href") + ")\"", driver.executeScript(
                        "return getComputedStyle(arguments[0], '::after').content", title));
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            BrowserSite.colorScheme(driver, "light");
        }
    }

    @Test
    void aPictureKeepsALightGroundInDarkMode() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        try {
            BrowserSite.colorScheme(driver, "dark");
            BrowserSite.load(driver, site.goldenUrl(PAGE));
            assertTrue(luminance(driver, ".prose img", "background-color") > 0.9, "the map's ground is light");
        } finally {
            BrowserSite.colorScheme(driver, "light");
        }
    }

    /** The relative luminance (0 black, 1 white) of a colour property of the first element matching. */
    private static double luminance(ChromeDriver driver, String selector, String property) {
        return ((Number) driver.executeScript("var c = getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]).match(/[\\d.]+/g).map(Number);"
                + "if (c.length > 3 && c[3] === 0) return -1;"
                + "var l = c.slice(0, 3).map(function (v) { v /= 255;"
                + "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
                + "return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];", selector, property)).doubleValue();
    }
}
