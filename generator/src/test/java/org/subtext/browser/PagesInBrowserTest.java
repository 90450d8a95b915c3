package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/** Every page type in a real browser: no console errors with JavaScript, full content without it. */
@Requires(Tool.CHROMIUM)
class PagesInBrowserTest {

    static Stream<Arguments> pageTypes() {
        return BrowserSite.PAGE_TYPES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void noConsoleErrors(String type, String path) throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        BrowserSite.severe(driver);
        driver.get(site.url(path));
        // let deferred scripts and the search index fetch finish
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(
                d -> "complete".equals(driver.executeScript("return document.readyState")));
        if (type.equals("search")) {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(
                    d -> driver.findElement(By.cssSelector("form[data-index]")).isDisplayed());
        }
        List<String> errors = BrowserSite.severe(driver).stream()
                // the 404 page is itself served with status 404, which Chromium logs
                .filter(e -> !(type.equals("404") && e.getMessage().contains(path) && e.getMessage().contains("404")))
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, type + " page logs errors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void contentIsThereWithoutJavaScript(String type, String path) throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        driver.get(site.url(path));
        assertEquals(Boolean.FALSE, scriptRuns(driver), "JavaScript is off in this browser");
        WebElement h1 = driver.findElement(By.tagName("h1"));
        assertFalse(h1.getText().isBlank() && !type.equals("home"), type + ": the page has a visible title");
        String main = driver.findElement(By.tagName("main")).getText();
        assertTrue(main.length() > 100, type + ": main content is shown: " + main);
        assertTrue(driver.findElement(By.cssSelector("nav[aria-label=Site]")).isDisplayed());
        switch (type) {
            case "explainer" -> {
                List<WebElement> layers = driver.findElements(By.cssSelector(".layer"));
                assertTrue(layers.size() >= 2);
                for (WebElement layer : layers) {
                    assertTrue(layer.isDisplayed(), "every reading is visible: " + layer.getAttribute("id"));
                    assertFalse(layer.findElement(By.cssSelector(".layer__reading")).getText().isBlank());
                }
                assertTrue(driver.findElements(By.cssSelector("[role=tablist]")).isEmpty());
                assertTrue(driver.findElement(By.id("claims")).isDisplayed());
            }
            case "search" -> {
                long explainers;
                try (Stream<java.nio.file.Path> dirs = Files.list(site.site.resolve("explainers"))) {
                    explainers = dirs.count();
                }
                List<WebElement> results = driver.findElements(By.cssSelector("#search-results li a"));
                assertEquals(explainers, results.size(), "the fallback lists every explainer");
                assertFalse(driver.findElement(By.cssSelector("form[data-index]")).isDisplayed(),
                        "the search box, which needs JavaScript, stays hidden");
            }
            case "404" -> assertTrue(main.contains("Page not found"));
            default -> {
            }
        }
    }

    private static Object scriptRuns(ChromeDriver driver) {
        // executeScript runs even with page scripts off; the page's own script would have added its preview card
        return !driver.findElements(By.id("preview_")).isEmpty();
    }
}
