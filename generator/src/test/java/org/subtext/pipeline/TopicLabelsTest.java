package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/** Topics are shown by their label from site.yaml's {@code tags}, or by their id when they have none. */
class TopicLabelsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String EXPLAINER = """
            ---
            title: %s
            summary: S.
            section: S
            published: 2026-0%d-01
            tags: [us-policy, history]
            timeline:
              - id: e%d
                date: 2026
                title: Event
            ---
            Body.
            """;

    @TempDir
    static Path root;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        TestSites.write(root, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                tags:
                  us-policy: US policy
                  unused: Never used
                -- content/explainers/a.md --
                """ + EXPLAINER.formatted("A", 1, 1) + "-- content/explainers/b.md --\n" + EXPLAINER.formatted("B", 2, 2)));
        site = root.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES,
                site, false, null));
        assertEquals(List.of(), TestSites.errors(result, root));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void anExplainerNamesItsTopicsByLabel() throws IOException {
        Document a = page("explainers/a/index.html");
        assertEquals("Topics: US policy, history", a.selectFirst("p:containsOwn(Topics:)").text());
        JsonNode article = JSON.readTree(a.selectFirst("script[type=application/ld+json]").data());
        assertEquals("[\"US policy\",\"history\"]", article.path("keywords").toString());
    }

    @Test
    void theTopicPagesAndTheTimelineFiltersUseTheLabelInTheOrderOfWhatReadersSee() throws IOException {
        assertEquals(List.of("history (2)", "US policy (2)"), page("tags/index.html").select("main li").eachText());
        Document tag = page("tags/us-policy/index.html");
        assertEquals("US policy", tag.selectFirst("h1").text());
        assertEquals("Tag: US policy · T", tag.title());
        Document timeline = page("timeline/index.html");
        assertEquals(List.of("history", "US policy"),
                timeline.select("p.filters__label:containsOwn(Topics) + ul a").eachText());
        assertTrue(page("timeline/tags/us-policy/index.html").selectFirst("h1").text().contains("US policy"));
    }

    @Test
    void theJsonFeedTagsEntriesByLabel() throws IOException {
        JsonNode feed = JSON.readTree(Files.readString(site.resolve("feed.json")));
        assertEquals("[\"S\",\"US policy\",\"history\"]", feed.path("items").path(0).path("tags").toString());
    }

    @Test
    void noPageShowsALabelledTopicsId() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
        }
        for (Path path : pages) {
            Document page = Jsoup.parse(Files.readString(path));
            page.select("script").remove();
            assertFalse(page.text().contains("us-policy"), path.toString());
        }
    }
}
