package org.subtext.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.ChildBuild;
import org.subtext.testing.Corpus;
import org.subtext.testing.TestSites;

/** Whatever happens to a build, the published site is whole: the old one or the new one. */
class CrashSafetyTest {

    private static final int KILLS = 20;

    @Test
    void aTemplateFailureOnOnePageLeavesThePreviousSiteByteIdentical(@TempDir Path root) throws IOException {
        TestSites.write(root, Corpus.explainers(5, "v1"));
        BuildOptions good = new BuildOptions(root.resolve("content"), TestSites.TEMPLATES, root.resolve("site"),
                false, null);
        assertTrue(new SiteBuilder().build(good).ok());
        Map<String, byte[]> before = TestSites.snapshot(root.resolve("site"));

        Path templates = root.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        Files.writeString(templates.resolve("explainer.peb"), Files.readString(templates.resolve("explainer.peb"))
                .replace("{{ page.title }}</h1>", "{{ page.title }}{% if page.slug == 'e3' %}{{ page.noSuchField }}"
                        + "{% endif %}</h1>"));
        BuildResult failed = new SiteBuilder().build(new BuildOptions(root.resolve("content"), templates,
                root.resolve("site"), false, null));

        assertFalse(failed.ok());
        assertTrue(failed.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow().format()
                .contains("explainer.peb"), failed.diagnostics().toString());
        assertSame(before, TestSites.snapshot(root.resolve("site")));
        assertEquals(List.of(".subtext-cache", "content", "site", "templates"), entries(root));
    }

    @Test
    void aWriteFailureHalfwayLeavesThePreviousSiteAndNoTemporaryFolder(@TempDir Path root) throws IOException {
        Path site = root.resolve("site");
        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "old", null)));
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            files.add(OutputFile.text("page" + i + "/index.html", "new " + i, null));
        }
        files.add(25, OutputFile.copy("missing.png", root.resolve("does-not-exist.png")));

        assertThrows(IOException.class, () -> new SiteWriter().write(site, files));

        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), entries(root));
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesAWholeSiteAndTheNextBuildRecovers(@TempDir Path root) throws Exception {
        Path site = root.resolve("site");
        String[] args = buildInto(root);
        TestSites.write(root, Corpus.explainers(150, "v0"));
        assertEquals(0, ChildBuild.run(Map.of(), List.of(), args));
        // timed on a second build, which copies the social cards the first one drew, as the killed builds
        // do: timing the first would put most kills after the end of the build
        long start = System.nanoTime();
        assertEquals(0, ChildBuild.run(Map.of(), List.of(), args));
        long fullRunMillis = (System.nanoTime() - start) / 1_000_000;
        Map<String, byte[]> previous = TestSites.snapshot(site);

        Random random = new Random(42);
        int killedMidway = 0;
        for (int run = 1; run <= KILLS; run++) {
            TestSites.write(root, Corpus.explainers(150, "v" + run));
            Process child = ChildBuild.command(Map.of(), List.of(), args).start();
            long delay = (long) (fullRunMillis * (0.3 + 0.8 * random.nextDouble()));
            if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
                killedMidway++;
            }
            Map<String, byte[]> now = TestSites.snapshot(site);
            if (now.isEmpty()) {
                // killed between the two renames of the swap: the old site waits under its old name
                assertTrue(entries(root).stream().anyMatch(n -> n.startsWith(".subtext-old-site-")), entries(root).toString());
            } else if (!sameFiles(previous, now)) {
                assertEquals(previous.size(), now.size(), "run " + run + ": a whole new site, not a partial one");
                assertTrue(new String(now.get("explainers/e0/index.html")).contains("Summary 0 v" + run),
                        "run " + run + ": the site is either the previous one or the new one");
            }

            BuildResult recovered = new SiteBuilder().build(new BuildOptions(root.resolve("content"),
                    TestSites.TEMPLATES, site, false, null));
            assertTrue(recovered.ok());
            assertEquals(List.of(".subtext-cache", "content", "site"), entries(root), "run " + run + ": leftovers cleaned");
            previous = TestSites.snapshot(site);
            assertTrue(new String(previous.get("explainers/e0/index.html")).contains("Summary 0 v" + run));
        }
        System.out.println("kill test: " + KILLS + " runs, " + killedMidway + " killed mid-build (full build "
                + fullRunMillis + " ms)");
        assertTrue(killedMidway >= KILLS / 2, "most runs were killed before finishing: " + killedMidway);
    }

    @Test
    void aBuildThatRunsOutOfMemorySaysHowToGiveItMoreAndLeavesThePreviousSite(@TempDir Path root) throws Exception {
        Path site = root.resolve("site");
        String[] args = buildInto(root);
        TestSites.write(root, Corpus.explainers(20, "v0"));
        assertEquals(0, ChildBuild.run(Map.of(), List.of(), args));
        Map<String, byte[]> before = TestSites.snapshot(site);

        TestSites.write(root, Corpus.explainers(400, "v1"));
        Process child = ChildBuild.command(Map.of(), List.of("-Xmx24m", "-XX:+UseSerialGC"), args)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));

        assertEquals(1, child.exitValue(), output);
        assertTrue(output.contains("error: out of memory") && output.contains("-Xmx8g"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
        assertSame(before, TestSites.snapshot(site));
        assertEquals(List.of(".subtext-cache", "content", "site"), entries(root), "no staging folder left");
    }

    /** The child build's arguments: root/content into root/site. */
    private static String[] buildInto(Path root) {
        return new String[] {"build", "--content", root.resolve("content").toString(), "--templates",
            TestSites.TEMPLATES.toAbsolutePath().toString(), "--out", root.resolve("site").toString()};
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static List<String> entries(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
