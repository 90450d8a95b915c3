package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.subtext.output.SiteWriter;
import org.subtext.testing.Golden;
import org.subtext.testing.TestSites;

/**
 * Each folder under {@code sites/} holds a content folder and the site it must build into, byte
 * for byte. {@code mvn test -Dsubtext.update=true} rewrites {@code expected/}; review the diff.
 */
class GoldenSitesTest {

    private static final Path SITES = Path.of("generator/src/test/resources/sites");

    static Stream<String> sites() throws IOException {
        try (Stream<Path> dirs = Files.list(SITES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void buildsExactlyTheExpectedSite(String name, @TempDir Path out) throws IOException {
        Path site = SITES.resolve(name);
        BuildResult result = new SiteBuilder().build(
                new BuildOptions(site.resolve("content"), TestSites.TEMPLATES, out.resolve("site"), false, null));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, site)));

        Path expected = site.resolve("expected");
        if (Golden.updating()) {
            new SiteWriter().write(expected, result.files());
            return;
        }
        Map<String, byte[]> actualFiles = TestSites.snapshot(out.resolve("site"));
        Map<String, byte[]> expectedFiles = TestSites.snapshot(expected);
        assertEquals(expectedFiles.keySet(), actualFiles.keySet(), "the same files");
        for (String path : expectedFiles.keySet()) {
            if (path.endsWith("/card.png")) {
                // drawn text depends on the JDK's rasteriser, so across machines only the image size is
                // compared; SocialCardTest and DeterminismTest hold a build to the same bytes every time
                BufferedImage card = ImageIO.read(new ByteArrayInputStream(actualFiles.get(path)));
                assertEquals(1200 + "x" + 630, card.getWidth() + "x" + card.getHeight(), path);
                continue;
            }
            assertEquals(new String(expectedFiles.get(path), StandardCharsets.UTF_8),
                    new String(actualFiles.get(path), StandardCharsets.UTF_8), path);
        }
    }
}
