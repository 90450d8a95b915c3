package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.ChildBuild;
import org.subtext.testing.TestSites;

/**
 * The same content builds the same bytes in other time zones and locales, in other folders and at
 * other times: each build runs in its own JVM with its own TZ and default locale.
 */
class LocaleDeterminismTest {

    @Test
    void timeZoneAndLocaleDoNotChangeTheOutput(@TempDir Path dir) throws Exception {
        String templates = TestSites.TEMPLATES.toAbsolutePath().toString();
        String content = Path.of("content").toAbsolutePath().toString();
        assertEquals(0, ChildBuild.run(Map.of("TZ", "UTC", "LANG", "C"), List.of("-Duser.language=en"),
                "build", "--content", content, "--templates", templates, "--out", dir.resolve("utc/site").toString()));
        assertEquals(0, ChildBuild.run(Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8"),
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati"),
                "build", "--content", content, "--templates", templates, "--out", dir.resolve("tr/out").toString()));
        assertEquals(0, ChildBuild.run(Map.of("TZ", "America/Los_Angeles", "LANG", "ar_EG.UTF-8"),
                List.of("-Duser.language=ar", "-Duser.country=EG", "-Duser.timezone=America/Los_Angeles"),
                "build", "--content", content, "--templates", templates, "--out", dir.resolve("ar/x").toString()));

        Map<String, byte[]> reference = TestSites.snapshot(dir.resolve("utc/site"));
        for (String other : List.of("tr/out", "ar/x")) {
            Map<String, byte[]> files = TestSites.snapshot(dir.resolve(other));
            assertEquals(reference.keySet(), files.keySet(), other);
            reference.forEach((path, bytes) -> assertArrayEquals(bytes, files.get(path), other + ": " + path));
        }
    }
}
