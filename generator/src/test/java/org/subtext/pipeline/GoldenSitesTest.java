package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
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
        Golden.checkSite(site.resolve("expected"), build(site, out));
    }

    @Test
    void anEmptyOrMissingExpectedSiteFailsUntilTheUpdateWritesIt(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("basic");
        Files.createDirectories(site.resolve("expected"));
        TestSites.copyTree(SITES.resolve("basic/content"), site.resolve("content"));
        Path built = build(site, temp.resolve("out"));
        Path expected = site.resolve("expected");

        assertThrows(AssertionFailedError.class, () -> Golden.compareSites(expected, built), "empty expected/");
        Path nothingBuilt = Files.createDirectories(temp.resolve("nothing"));
        assertThrows(AssertionFailedError.class, () -> Golden.compareSites(expected, nothingBuilt),
                "an empty expected/ and a build that wrote nothing");
        Files.delete(expected);
        assertThrows(AssertionFailedError.class, () -> Golden.compareSites(expected, built), "no expected/");

        Golden.updateSite(expected, built);
        Golden.compareSites(expected, built);
    }

    @Test
    void theUpdateRemovesWhatTheSiteNoLongerHas(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("basic");
        TestSites.copyTree(SITES.resolve("basic"), site);
        Files.writeString(site.resolve("expected/stale.html"), "a page the site no longer builds");
        Path built = build(site, temp.resolve("out"));

        assertThrows(AssertionFailedError.class, () -> Golden.compareSites(site.resolve("expected"), built));
        Golden.updateSite(site.resolve("expected"), built);
        Golden.compareSites(site.resolve("expected"), built);
    }

    private static Path build(Path site, Path out) throws IOException {
        BuildResult result = new SiteBuilder().build(
                new BuildOptions(site.resolve("content"), TestSites.TEMPLATES, out.resolve("site"), false, null));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, site)));
        return out.resolve("site");
    }
}
