package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.ChildBuild;
import org.subtext.testing.TestSites;

/** A site renders with the templates built into Subtext, under whatever of its own it has. */
class BuiltInTemplatesTest {

    private static final Path CONTENT = Path.of("content");

    @Test
    void aFolderHoldingOnlyContentBuildsTheSiteTheTemplatesFolderWouldGive(@TempDir Path root) throws Exception {
        TestSites.copyTree(CONTENT, root.resolve("content"));
        Path log = root.resolve("log.txt");
        ProcessBuilder child = ChildBuild.command(Map.of(), List.of(), "build", "-q");
        child.directory(root.toFile()).redirectOutput(log.toFile());
        int exit = child.start().waitFor();
        assertEquals(0, exit, () -> read(log));

        Path reference = root.resolve("reference");
        assertTrue(new SiteBuilder().build(new BuildOptions(CONTENT, TestSites.TEMPLATES, reference, false, null)).ok());
        Map<String, byte[]> expected = TestSites.snapshot(reference);
        Map<String, byte[]> built = TestSites.snapshot(root.resolve("site"));
        assertEquals(expected.keySet(), built.keySet());
        expected.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(built.get(path), StandardCharsets.UTF_8), path));
    }

    @Test
    void aProjectTemplateOrStaticFileReplacesTheBuiltInOneAlone(@TempDir Path root) throws IOException {
        Path templates = root.resolve("templates");
        Files.createDirectories(templates.resolve("static"));
        Files.writeString(templates.resolve("404.peb"), "<p>Our own page not found</p>\n");
        Files.writeString(templates.resolve("static/extra.txt"), "ours\n");
        BuildResult result = new SiteBuilder().render(new BuildOptions(CONTENT, templates, root.resolve("site"),
                false, null));

        assertTrue(result.ok(), result.diagnostics().toString());
        assertEquals("<p>Our own page not found</p>\n", text(result, "404.html"));
        assertTrue(text(result, "index.html").contains("<html"), "the home page from the built-in set");
        assertTrue(result.files().stream().anyMatch(f -> f.path().matches("static/extra\\.[0-9a-f]{10}\\.txt")));
        assertTrue(result.files().stream().anyMatch(f -> f.path().matches("static/pages\\.[0-9a-f]{10}\\.css")));
    }

    @Test
    void aTemplateThatIsNowhereSaysWhichAndWhereItWasLookedFor(@TempDir Path root) throws IOException {
        Path templates = root.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("404.peb"), "{% include \"missing-part\" %}\n");
        BuildResult result = new SiteBuilder().render(new BuildOptions(CONTENT, templates, root.resolve("site"),
                false, null));

        assertFalse(result.ok());
        assertEquals(List.of("templates/404.peb: error: no template 'missing-part.peb': looked in templates/"
                + " and among the built-in templates"), TestSites.errors(result, root));
    }

    private static String text(BuildResult result, String path) {
        return result.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError(path));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
