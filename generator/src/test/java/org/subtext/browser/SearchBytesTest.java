package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.NewsCorpus;
import org.subtext.testing.Requires;
import org.subtext.testing.TestSites;
import org.subtext.testing.Tool;

/**
 * What a search downloads, counted by the server that serves it: a generated site is built, a real
 * browser searches it, and every byte of the index it asked for (manifest, shards, fragments) is
 * added up. At 1,000 explainers on every run; at 10,000 (a build of minutes on two cores) with
 * {@code -Dsubtext.search10k=true}.
 */
@Requires(Tool.CHROMIUM)
class SearchBytesTest {

    /** The most a search may download at 10,000 explainers. */
    static final int BUDGET = 300_000;

    @Test
    void aSearchAtOneThousandExplainersReadsAFewShards(@TempDir Path dir) throws IOException {
        measure(dir, 1_000);
    }

    @Test
    @EnabledIfSystemProperty(named = "subtext.search10k", matches = "true")
    void aSearchAtTenThousandExplainersStaysUnder300KB(@TempDir Path dir) throws IOException {
        measure(dir, 10_000);
    }

    private static void measure(Path dir, int explainers) throws IOException {
        new NewsCorpus(24).write(dir, explainers);
        long start = System.nanoTime();
        BuildResult result = new SiteBuilder().build(new BuildOptions(dir.resolve("content"), TestSites.TEMPLATES,
                dir.resolve("site"), false, null));
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, dir)));
        Path search = dir.resolve("site/search");
        JsonNode manifest = new ObjectMapper().readTree(search.resolve("index.json").toFile());
        int shards = manifest.get("shards").size();
        int documents = manifest.get("documents").asInt();
        assertEquals(explainers + explainers / 20, documents, "explainers and actors are documents");
        assertTrue(shards <= 400, "the shards stay a bounded number: " + shards);
        assertEquals(shards, count(search.resolve("terms")));
        assertEquals(documents, count(search.resolve("docs")));
        System.out.printf("search index at %,d explainers (built in %,d ms): manifest %,d B, %d shards %,d B, "
                + "%,d fragments %,d B%n", explainers, buildMs, Files.size(search.resolve("index.json")), shards,
                size(search.resolve("terms")), documents, size(search.resolve("docs")));

        BrowserSite shared = BrowserSite.get();
        ChromeDriver driver = shared.browser();
        try (StaticServer server = new StaticServer(dir.resolve("site"))) {
            List<String> queries = List.of(
                    NewsCorpus.word(0),                                      // in every page
                    NewsCorpus.word(1) + " " + NewsCorpus.word(40),          // two common words
                    NewsCorpus.word(700),                                    // a middling word
                    NewsCorpus.word(9) + " " + NewsCorpus.word(1009),        // Cyrillic
                    NewsCorpus.word(6000) + " " + NewsCorpus.word(3),        // a rare word and a common one
                    NewsCorpus.word(2500).substring(0, 3),                   // a prefix as typed
                    NewsCorpus.alias(3));                                    // an actor's alias
            List<String> report = new ArrayList<>();
            for (String query : queries) {
                server.served();
                BrowserSite.load(driver, server.origin() + "/search/?q=" + java.net.URLEncoder.encode(query,
                        java.nio.charset.StandardCharsets.UTF_8));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
                wait.until(d -> d.findElement(By.id("search-status")).getText().contains(" for \u201c"));
                String status = driver.findElement(By.id("search-status")).getText();
                if (!status.startsWith("No results")) {
                    // the results are drawn once their fragments are in
                    wait.until(d -> !d.findElements(By.cssSelector("#search-results li mark")).isEmpty());
                }
                if (query.equals(NewsCorpus.alias(3))) {
                    assertTrue(driver.findElement(By.cssSelector("#search-results li a")).getAttribute("href")
                            .endsWith("/actors/" + NewsCorpus.actorId(3) + "/"), "the alias finds its actor");
                }
                List<StaticServer.Served> served = server.served();
                int index = served.stream().filter(s -> s.path().startsWith("/search/") && s.path().endsWith(".json"))
                        .mapToInt(StaticServer.Served::bytes).sum();
                long fetches = served.stream().filter(s -> s.path().endsWith(".json")).count();
                long distinct = served.stream().filter(s -> s.path().endsWith(".json")).map(StaticServer.Served::path)
                        .distinct().count();
                assertEquals(distinct, fetches, "no part of the index is fetched twice: " + served);
                report.add(String.format("  %-24s %,9d B in %2d files  (%s)", query, index, fetches, status));
                assertTrue(index <= BUDGET, query + ": " + index + " bytes of index, over " + BUDGET);
            }
            System.out.println(String.join("\n", report));
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
