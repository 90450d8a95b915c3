package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.pipeline.BuildOptions;
import org.subtext.serve.PreviewServer;
import org.subtext.testing.Requires;
import org.subtext.testing.TestSites;
import org.subtext.testing.Tool;

/**
 * The preview's errors in a real browser: a preview started on content that does not build shows
 * them at any address and becomes the real page once it builds; the overlay over a last good page
 * can be hidden, by mouse or keyboard, and comes back on the next bad save.
 */
@Requires(Tool.CHROMIUM)
class PreviewErrorsTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: Preview
            description: D.
            base_url: https://example.org/sub/
            -- content/explainers/talks.md --
            ---
            title: First title
            summary: S.
            section: S
            published: 2026-01-01
            ---
            Body.
            """;

    private static final String BAD_DATE = "explainers/talks.md:5:12: error: invalid date '2026-13-01' in published";

    private static PreviewServer serve(Path root) throws Exception {
        PreviewServer server = new PreviewServer(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES,
                null, false, null), "127.0.0.1", 0, line -> { });
        server.start();
        return server;
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a page mid-reload answers a script or element lookup with one of these
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(JavascriptException.class);
        return wait;
    }

    @Test
    void aPreviewStartedOnBrokenContentShowsTheErrorsUntilItBuilds(@TempDir Path root) throws Exception {
        TestSites.write(root, TestSites.sections(SITE));
        Path file = root.resolve("content/explainers/talks.md");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("published: 2026-01-01", "published: 2026-13-01"));
        ChromeDriver browser = BrowserSite.get().browser();
        try (PreviewServer server = serve(root)) {
            browser.get("http://127.0.0.1:" + server.port() + "/sub/explainers/talks/");
            WebDriverWait wait = waiting(browser);
            wait.until(d -> !d.findElements(By.id("subtext-errors")).isEmpty());
            String overlay = browser.findElement(By.id("subtext-errors")).getText();
            assertTrue(overlay.contains("The site does not build yet"), overlay);
            assertTrue(overlay.contains(BAD_DATE), overlay);
            waitUntilConnected(browser, wait);

            Files.writeString(file, good.replace("First title", "Fixed title"));
            wait.until(d -> "Fixed title".equals(heading(browser)));
            assertTrue(browser.findElements(By.id("subtext-errors")).isEmpty(), "the overlay is gone");
        } finally {
            // the waiting page's 503s are in the shared browser's console log, which later tests read
            browser.get("about:blank");
            BrowserSite.severe(browser);
        }
    }

    @Test
    void theOverlayCanBeHiddenToSeeTheLastGoodPageAndComesBackOnTheNextBadSave(@TempDir Path root)
            throws Exception {
        TestSites.write(root, TestSites.sections(SITE));
        Path file = root.resolve("content/explainers/talks.md");
        String good = Files.readString(file);
        ChromeDriver browser = BrowserSite.get().browser();
        try (PreviewServer server = serve(root)) {
            browser.get("http://127.0.0.1:" + server.port() + "/sub/explainers/talks/");
            WebDriverWait wait = waiting(browser);
            waitUntilConnected(browser, wait);

            Files.writeString(file, good.replace("published: 2026-01-01", "published: 2026-13-01"));
            wait.until(d -> !d.findElements(By.id("subtext-errors")).isEmpty());
            assertEquals("subtext-errors-hide", browser.switchTo().activeElement().getAttribute("id"),
                    "the button to hide the errors has the focus");
            browser.findElement(By.id("subtext-errors-hide")).click();
            assertTrue(browser.findElements(By.id("subtext-errors")).isEmpty(), "hidden by the button");
            assertEquals("First title", heading(browser), "the last good page is there to read");

            // the next bad save brings the errors back; the keyboard alone hides them
            Files.writeString(file, good.replace("published: 2026-01-01", "published: 2026-14-01"));
            wait.until(d -> !d.findElements(By.id("subtext-errors")).isEmpty());
            assertTrue(browser.findElement(By.id("subtext-errors")).getText().contains("'2026-14-01'"));
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            assertTrue(browser.findElements(By.id("subtext-errors")).isEmpty(), "hidden with Enter on the button");

            Files.writeString(file, good.replace("published: 2026-01-01", "published: 2026-15-01"));
            wait.until(d -> !d.findElements(By.id("subtext-errors")).isEmpty());
            new Actions(browser).sendKeys(Keys.ESCAPE).perform();
            assertTrue(browser.findElements(By.id("subtext-errors")).isEmpty(), "hidden with Escape");
        }
    }

    /** The page's heading as the page has it now, or null while there is none (mid-reload). */
    private static Object heading(ChromeDriver browser) {
        return browser.executeScript("const h = document.querySelector('h1'); return h && h.textContent.trim();");
    }

    /** The reload script opens its event stream after load; a save before that would go unseen. */
    private static void waitUntilConnected(ChromeDriver browser, WebDriverWait wait) {
        wait.until(d -> "connected".equals(browser.executeScript(
                "return document.documentElement.dataset.subtextLive;")));
    }
}
