package org.subtext.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.TestSites;

/** Every search result leads somewhere: each fragment's page exists and has the id its passages link to. */
class SearchAnchorsTest {

    /** "page#anchor" for each passage whose page or element is missing. */
    private static List<String> missing(Path site, String base) throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> fragments;
        try (Stream<Path> files = Files.list(site.resolve("search/docs"))) {
            fragments = files.sorted().toList();
        }
        assertTrue(fragments.size() > 5, "fragments: " + fragments.size());
        int anchors = 0;
        for (Path fragment : fragments) {
            JsonNode doc = new ObjectMapper().readTree(fragment.toFile());
            String url = doc.get("url").asText();
            assertTrue(url.startsWith(base), url);
            Path page = site.resolve(url.substring(base.length())).resolve("index.html");
            if (!Files.isRegularFile(page)) {
                missing.add(url);
                continue;
            }
            Document html = Jsoup.parse(page.toFile());
            for (JsonNode passage : doc.get("passages")) {
                String anchor = passage.get(0).asText();
                if (!anchor.isEmpty()) {
                    anchors++;
                    if (html.getElementById(anchor) == null) {
                        missing.add(url + "#" + anchor);
                    }
                }
            }
        }
        assertTrue(anchors > 10, "anchors checked: " + anchors);
        return missing;
    }

    @Test
    void theGoldenSitesResultsLandOnTheirElements() throws IOException {
        // authors, standalone pages, claims, events, sources, headings, under the sub-path /explainers/
        assertEquals(List.of(), missing(Path.of("generator/src/test/resources/sites/basic/expected"), "/explainers/"));
    }

    @Test
    void theSampleSitesResultsLandOnTheirElements(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("content"), TestSites.TEMPLATES, out,
                false, null));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        assertEquals(List.of(), missing(out, "/"));
    }
}
