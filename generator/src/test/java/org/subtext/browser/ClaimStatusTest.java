package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * Wherever claims are listed, a claim's status is a word and a symbol, never colour alone (WCAG
 * 1.4.1), with a line saying what it means that links the methods page, its as-of date, and what its
 * source is or that it has none.
 */
@Requires(Tool.CHROMIUM)
class ClaimStatusTest {

    private static final Set<String> WORDS = Set.of("Stated", "Conditional", "Disputed", "Unverified",
            "Contradicted", "Confirmed");
    private static final String METHODS = "https://media.example.org/methods";

    @Test
    void everyListedClaimShowsItsStatusInWordsAndASymbol() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        // on the tracker, claims stand in groups by status, each group headed by its status and meaning
        for (String page : List.of("explainers/border-talks/", "claims/", "actors/south/", "actors/north-leader/")) {
            BrowserSite.load(driver, site.goldenUrl(page));
            List<WebElement> claims = driver.findElements(By.cssSelector(
                    page.equals("claims/") ? "main section" : "li.claim"));
            assertFalse(claims.isEmpty(), page);
            for (WebElement claim : claims) {
                String where = page + " " + claim.getAttribute("class");
                WebElement badge = claim.findElement(By.cssSelector(".claim__status .badge, h2 .badge"));
                assertTrue(badge.isDisplayed(), where);
                assertTrue(WORDS.contains(badge.getAttribute("textContent")), where + ": " + badge.getText());
                String symbol = (String) driver.executeScript(
                        "return getComputedStyle(arguments[0], '::before').content", badge);
                assertFalse(symbol.equals("none") || symbol.equals("normal") || symbol.isBlank(), where);
                WebElement meaning = claim.findElement(By.cssSelector(".claim__status a"));
                assertEquals(METHODS, meaning.getAttribute("href"), where);
                assertFalse(meaning.getText().isBlank(), where);
            }
        }
    }

    @Test
    void aClaimSaysWhenItWasCheckedAndThatItHasNoSource() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        for (String page : List.of("explainers/border-talks/", "actors/south/", "claims/")) {
            BrowserSite.load(driver, site.goldenUrl(page));
            WebElement claim = driver.findElements(By.cssSelector("li.claim")).stream()
                    .filter(c -> c.getText().contains("There is nothing to discuss.")).findFirst().orElseThrow();
            assertTrue(claim.findElement(By.className("claim__links")).getText().startsWith("No source given"),
                    page);
            // the status line says it; on the tracker, grouped by status, the speaker's line does
            assertTrue(claim.findElement(By.cssSelector(".claim__status, .claim__asof")).getAttribute("textContent")
                    .contains(" as of 25 June 2026"), page);
            if (!page.equals("claims/")) {
                assertEquals("Disputed as of 25 June 2026: Challenged by another party or by evidence.",
                        claim.findElement(By.className("claim__status")).getAttribute("textContent").strip(), page);
            }
        }
        BrowserSite.load(driver, site.goldenUrl("explainers/border-talks/claims/no-talks/"));
        assertEquals(METHODS, driver.findElement(By.cssSelector(".claim-page__status p a")).getAttribute("href"));
    }
}
