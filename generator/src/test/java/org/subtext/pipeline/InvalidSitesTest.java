package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.subtext.testing.Golden;
import org.subtext.testing.TestSites;

/**
 * Each file under {@code invalid/} is a small broken site (a valid base site plus the case's files)
 * and the exact messages it must produce, in the order they are printed.
 */
class InvalidSitesTest {

    private static final Path CASES = Path.of("generator/src/test/resources/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactMessages(String name, @TempDir Path root) throws IOException {
        Path caseFile = CASES.resolve(name + ".txt");
        String spec = Files.readString(caseFile);
        Map<String, String> files = new LinkedHashMap<>(TestSites.sections(Files.readString(CASES.resolve("_base.txt"))));
        Map<String, String> overrides = TestSites.sections(spec);
        String expected = overrides.remove("expected");
        overrides.forEach((path, text) -> {
            if (text.strip().equals("<delete>")) {
                files.remove(path);
            } else {
                files.put(path, text);
            }
        });
        TestSites.write(root, files);

        // a hang guard, not a benchmark: every case takes milliseconds
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> TestSites.render(root.resolve("content")));
        List<String> messages = TestSites.errors(result, root);

        if (Golden.updating()) {
            int at = spec.indexOf("-- expected --");
            Files.writeString(caseFile, spec.substring(0, at) + "-- expected --\n" + String.join("\n", messages) + "\n");
            return;
        }
        assertFalse(result.ok(), "the case must fail to build");
        assertTrue(result.files().isEmpty(), "a failed build yields no files");
        assertFalse(expected == null || expected.isBlank(), "the case lists its expected messages");
        assertEquals(expected.strip(), String.join("\n", messages).strip());
    }
}
