package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * "Who demands what" as a gap map: a card per issue, each party's demand facing the others', a
 * conflict said in words, the parties with nothing to demand on one line; nothing wider than a phone.
 */
@Requires(Tool.CHROMIUM)
class GapMapTest {

    private static final String PAGE = "explainers/border-talks/";

    /** Every element of the section whose box reaches past the viewport's edges, as "tag.class right". */
    private static final String TOO_WIDE = "var out = [];"
            + "document.querySelectorAll('#conditions, #conditions *').forEach(function (el) {"
            + "  var r = el.getBoundingClientRect();"
            + "  if (r.left < 0 || r.right > innerWidth) out.push(el.tagName + '.' + el.className + ' ' + r.right);"
            + "});"
            + "if (document.documentElement.scrollWidth > innerWidth) out.push('page ' + document.documentElement.scrollWidth);"
            + "return out;";

    @Test
    void nothingIsWiderThanAPhone() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        try {
            BrowserSite.viewport(driver, 390, 844);
            for (String url : List.of(site.goldenUrl(PAGE), site.url(BrowserSite.PAGE_TYPES.get("explainer")))) {
                BrowserSite.load(driver, url);
                assertTrue(driver.findElements(By.cssSelector("#conditions .gap")).size() >= 2, url);
                assertEquals(List.of(), driver.executeScript(TOO_WIDE), url);
            }
        } finally {
            BrowserSite.clearViewport(driver);
        }
    }

    @Test
    void eachIssueSetsTheDemandsSideBySideAndSaysWhereTheyConflict() throws IOException {
        BrowserSite site = BrowserSite.get();
        ChromeDriver driver = site.browserWithoutJavaScript();
        BrowserSite.load(driver, site.goldenUrl(PAGE));
        List<WebElement> issues = driver.findElements(By.cssSelector("#conditions .gap"));
        assertEquals(List.of("Border · 2 conflicts", "Trade"),
                issues.stream().map(i -> i.findElement(By.tagName("h3")).getText()).toList());
        List<WebElement> border = issues.get(0).findElements(By.cssSelector(".gap__demands > li"));
        assertEquals(List.of("North demands", "South demands"),
                border.stream().map(li -> li.findElement(By.className("gap__party")).getText()).toList());
        assertEquals(border.get(0).getRect().getY(), border.get(1).getRect().getY(), "facing each other");
        WebElement rejected = driver.findElement(By.cssSelector("#condition-keep-line .mark--rejected"));
        assertEquals("Conflict: rejected by South", rejected.getText());
        // the mark is drawn before it, with empty alternative text: seen, not read out twice
        assertEquals("\"✗ \" / \"\"", driver.executeScript(
                "return getComputedStyle(arguments[0], '::before').content", rejected));
        assertEquals("No stated condition: North, South",
                issues.get(1).findElement(By.className("gap__silent")).getText());
        assertEquals("No stated condition: Mediators", issues.get(0).findElement(By.className("gap__silent")).getText());
    }
}
