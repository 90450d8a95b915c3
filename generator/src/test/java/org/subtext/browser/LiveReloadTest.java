package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.pipeline.BuildOptions;
import org.subtext.serve.PreviewServer;
import org.subtext.testing.TestSites;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * The writer's loop in a real browser: with {@code subtext serve} running, saving an explainer
 * changes the open tab without a manual reload, a bad save shows the errors over the page, and
 * the fix clears them.
 */
@Requires(Tool.CHROMIUM)
class LiveReloadTest {

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

    @Test
    void anOpenTabFollowsEverySave(@TempDir Path root) throws Exception {
        TestSites.write(root, TestSites.sections(SITE));
        Path file = root.resolve("content/explainers/talks.md");
        String good = Files.readString(file);
        ChromeDriver browser = BrowserSite.get().browser();
        try (PreviewServer server = new PreviewServer(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES,
                null, false, null), "127.0.0.1", 0, line -> { })) {
            server.start();
            browser.get("http://127.0.0.1:" + server.port() + "/sub/explainers/talks/");
            assertEquals("First title", browser.findElement(By.tagName("h1")).getText());
            browser.executeScript("window.subtextMarker = 'no reload yet';");
            // a heading found just before a reload goes stale under the wait (as a stale element, or as a
            // node that "does not belong to the document"): the waits read it in one script call instead
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            wait.ignoring(org.openqa.selenium.JavascriptException.class);
            waitUntilConnected(browser, wait);

            Files.writeString(file, good.replace("First title", "Second title"));
            wait.until(d -> "Second title".equals(heading(browser)));
            assertEquals(null, browser.executeScript("return window.subtextMarker;"), "the page reloaded itself");

            waitUntilConnected(browser, wait);
            Files.writeString(file, good.replace("published: 2026-01-01", "published: 2026-13-01"));
            wait.until(d -> !d.findElements(By.id("subtext-errors")).isEmpty());
            String overlay = browser.findElement(By.id("subtext-errors")).getText();
            assertTrue(overlay.contains("explainers/talks.md:5:12: error: invalid date '2026-13-01' in published"),
                    overlay);
            assertEquals("Second title", browser.findElement(By.tagName("h1")).getText(), "the last good page stays");

            Files.writeString(file, good.replace("First title", "Fixed title"));
            wait.until(d -> "Fixed title".equals(heading(browser)));
            assertTrue(browser.findElements(By.id("subtext-errors")).isEmpty(), "the overlay is gone");
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
