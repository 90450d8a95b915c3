package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/** The search page filters the index as you type. */
@Requires(Tool.CHROMIUM)
class SearchTest {

    /** Words from one claim of the lead explainer and from nothing else in the index. */
    private static final String CLAIM_WORDS = "Western backers blocking";

    @Test
    void wordsFromOneClaimFindTheLeadExplainer() throws IOException {
        BrowserSite site = BrowserSite.get();
        String index = Files.readString(site.site.resolve("search-index.json"));
        assertEquals(1, index.split("Western backers", -1).length - 1, "the words occur once in the index");

        ChromeDriver driver = site.browser();
        driver.get(site.url("search/"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        WebElement input = wait.until(d -> {
            WebElement box = d.findElement(By.id("search-input"));
            return box.isDisplayed() ? box : null;
        });
        input.sendKeys(CLAIM_WORDS);
        wait.until(d -> d.findElement(By.id("search-status")).getText().startsWith("1 result"));
        List<WebElement> links = driver.findElements(By.cssSelector("#search-results li a"));
        assertEquals(1, links.size());
        assertTrue(links.get(0).getAttribute("href").endsWith("/explainers/russia-ready-for-talks/"),
                links.get(0).getAttribute("href"));
        assertTrue(driver.findElement(By.cssSelector("#search-results li p")).getText()
                .contains("Western backers"), "the matching claim is shown");
        assertTrue(driver.getCurrentUrl().contains("?q="), "the query is kept in the URL");

        // actors are found too, and clearing the box brings back the full list
        input.clear();
        input.sendKeys("lavrov");
        wait.until(d -> d.findElements(By.cssSelector("#search-results li a")).stream()
                .anyMatch(a -> a.getAttribute("href").endsWith("/actors/sergei-lavrov/")));
        driver.executeScript("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'))", input);
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("explainers, newest first"));

        // a shared link with ?q= runs the search on load
        driver.get(site.url("search/?q=western+backers"));
        wait.until(d -> d.findElement(By.id("search-status")).getText().startsWith("1 result"));
        assertEquals(List.of(), BrowserSite.severe(driver).stream().map(e -> e.getMessage()).toList());
    }
}
