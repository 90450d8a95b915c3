package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.TestSites;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * Hover and focus previews of linked explainers and actors: a tooltip with the target's title,
 * read from the target page under the site's CSP, that stays while hovered and closes on Escape.
 */
@Requires(Tool.CHROMIUM)
class PreviewsTest {

    private static final String PAGE = "explainers/russia-ready-for-talks/";
    /** A wikilink in the body whose label is not the target's title. */
    static final String LINK = ".prose a[href$='/explainers/security-guarantees-for-ukraine/']";
    private static final String TITLE = "Security guarantees for Ukraine: what a promise has to contain";

    @Test
    void focusingAWikilinkShowsTheTargetsCardAndEscapeClosesIt() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        BrowserSite.load(driver, site.url(PAGE));
        WebElement link = driver.findElement(By.cssSelector(LINK));
        assertEquals("guarantees that work", link.getText());
        WebElement card = driver.findElement(By.id("preview_"));
        assertEquals("tooltip", card.getAttribute("role"));
        assertTrue(!card.isDisplayed(), "hidden until asked for");
        Object before = driver.executeScript("return arguments[0].getBoundingClientRect().top + scrollY", link);

        driver.executeScript("arguments[0].focus()", link);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> card.isDisplayed() && card.getText().contains(TITLE));
        assertEquals("preview_", link.getAttribute("aria-describedby"));
        assertTrue(card.getText().contains("GEOPOLITICS") || card.getText().contains("Geopolitics"), card.getText());
        assertTrue(card.getText().contains("Published"), "the dateline: " + card.getText());
        assertEquals(before, driver.executeScript("return arguments[0].getBoundingClientRect().top + scrollY", link),
                "showing the card moves nothing");
        assertTrue(card.getRect().getY() >= link.getRect().getY() + link.getRect().getHeight()
                || card.getRect().getY() + card.getRect().getHeight() <= link.getRect().getY(),
                "the card is next to the link, not over it");

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !card.isDisplayed());
        assertNull(link.getAttribute("aria-describedby"));
        assertEquals(link, driver.switchTo().activeElement(), "Escape closes the card, focus stays");
        assertEquals(List.of(), BrowserSite.severe(driver).stream().map(e -> e.getMessage()).toList());
    }

    @Test
    void theCardStaysWhileHoveredAndLeavesWithThePointer() throws IOException, InterruptedException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browser();
        BrowserSite.load(driver, site.url(PAGE));
        WebElement link = driver.findElement(By.cssSelector(".prose a[href$='/actors/sergei-lavrov/']"));
        WebElement card = driver.findElement(By.id("preview_"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        new Actions(driver).moveToElement(link).perform();
        wait.until(d -> card.isDisplayed() && card.getText().contains("Sergei Lavrov"));
        assertTrue(card.getText().contains("Minister of Foreign Affairs"), card.getText());

        // the pointer can move onto the card (to read or select it) without the card closing
        new Actions(driver).moveToElement(card).perform();
        Thread.sleep(700);
        assertTrue(card.isDisplayed(), "the card stays while hovered");

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("h1"))).perform();
        wait.until(d -> !card.isDisplayed());

        // links that go elsewhere, or to this page, have no card
        assertTrue(driver.findElements(By.cssSelector(".prose a[aria-describedby]")).isEmpty());
        assertEquals(List.of(), BrowserSite.severe(driver).stream().map(e -> e.getMessage()).toList());
    }

    @Test
    void previewsWorkUnderABasePath(@TempDir Path dir) throws IOException {
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("content"), TestSites.TEMPLATES,
                dir.resolve("root/news"), false, "https://example.org/news/"));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        ChromeDriver driver = BrowserSite.get().browser();
        try (StaticServer server = new StaticServer(dir.resolve("root"))) {
            BrowserSite.load(driver, server.origin() + "/news/" + PAGE);
            WebElement link = driver.findElement(By.cssSelector(LINK));
            assertTrue(link.getAttribute("href").startsWith(server.origin() + "/news/explainers/"));
            driver.executeScript("arguments[0].focus()", link);
            WebElement card = driver.findElement(By.id("preview_"));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> card.isDisplayed() && card.getText().contains(TITLE));
            assertEquals(List.of(), BrowserSite.severe(driver).stream().map(e -> e.getMessage()).toList());
        } finally {
            driver.get("about:blank");
        }
    }
}
