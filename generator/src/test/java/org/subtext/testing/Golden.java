package org.subtext.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Expected outputs kept in the repository, and the switch that rewrites them:
 * {@code mvn test -Dsubtext.update=true}.
 */
public final class Golden {

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("subtext.update");
    }

    /**
     * Holds the built site {@code actual} to the folder {@code expected}; with the switch on, first
     * rewrites {@code expected} from it, and the comparison then checks what was written.
     */
    public static void checkSite(Path expected, Path actual) throws IOException {
        if (updating()) {
            updateSite(expected, actual);
        }
        compareSites(expected, actual);
    }

    /** Replaces {@code expected} with a copy of every file of {@code actual}, and nothing else. */
    public static void updateSite(Path expected, Path actual) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        TestSites.copyTree(actual, expected);
    }

    /**
     * The same files with the same bytes; an empty or missing {@code expected} fails, as a golden
     * site that expects nothing checks nothing.
     */
    public static void compareSites(Path expected, Path actual) {
        Map<String, byte[]> expectedFiles = TestSites.snapshot(expected);
        Map<String, byte[]> actualFiles = TestSites.snapshot(actual);
        assertFalse(expectedFiles.isEmpty(),
                expected + " holds no files: run with -Dsubtext.update=true and review the diff");
        assertEquals(expectedFiles.keySet(), actualFiles.keySet(), "the same files");
        for (String path : expectedFiles.keySet()) {
            if (path.endsWith("/card.png")) {
                // drawn text depends on the JDK's rasteriser, so across machines only the image size is
                // compared; SocialCardTest and DeterminismTest hold a build to the same bytes every time
                assertEquals("1200x630", size(actualFiles.get(path)), path);
                continue;
            }
            assertEquals(new String(expectedFiles.get(path), StandardCharsets.UTF_8),
                    new String(actualFiles.get(path), StandardCharsets.UTF_8), path);
        }
    }

    private static String size(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return image.getWidth() + "x" + image.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
