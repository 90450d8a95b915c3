package org.subtext.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

/** The same input builds byte-identical output, whatever the folder it is written to. */
class DeterminismTest {

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path dir) throws IOException {
        SiteBuilder builder = new SiteBuilder();
        Path content = Path.of("content");
        assertTrue(builder.build(new BuildOptions(content, TestSites.TEMPLATES, dir.resolve("a/site"), false, null)).ok());
        assertTrue(new SiteBuilder().build(
                new BuildOptions(content, TestSites.TEMPLATES, dir.resolve("b/out"), false, null)).ok());
        Map<String, byte[]> first = TestSites.snapshot(dir.resolve("a/site"));
        Map<String, byte[]> second = TestSites.snapshot(dir.resolve("b/out"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        assertTrue(first.size() > 40);
    }
}
