package org.subtext.pipeline;

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

    @Test
    void aByteOrderMarkAndCrlfLineEndsBuildTheSameSiteAsLf(@TempDir Path dir) throws IOException {
        String site = """
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                -- content/explainers/a.md --
                ---
                title: A
                summary: A summary.
                section: S
                published: 2026-01-01
                claims:
                  - id: c
                    by: x
                    date: 2026
                    text: Said.
                    status: stated
                ---
                ## Heading

                Text with a [[x]] link.
                -- content/actors/x.md --
                ---
                name: X
                kind: person
                ---
                Profile.
                """;
        var files = TestSites.sections(site);
        TestSites.write(dir.resolve("lf"), files);
        var crlf = new java.util.LinkedHashMap<String, String>();
        files.forEach((path, text) -> crlf.put(path, "\uFEFF" + text.replace("\n", "\r\n")));
        TestSites.write(dir.resolve("crlf"), crlf);
        assertTrue(java.nio.file.Files.readString(dir.resolve("crlf/content/explainers/a.md")).contains("\r\n"));

        for (String variant : new String[] {"lf", "crlf"}) {
            BuildResult result = new SiteBuilder().build(new BuildOptions(dir.resolve(variant + "/content"),
                    TestSites.TEMPLATES, dir.resolve(variant + "/site"), false, null));
            assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, dir)));
        }
        Map<String, byte[]> lf = TestSites.snapshot(dir.resolve("lf/site"));
        Map<String, byte[]> crlfSite = TestSites.snapshot(dir.resolve("crlf/site"));
        assertEquals(lf.keySet(), crlfSite.keySet());
        lf.forEach((path, bytes) -> assertArrayEquals(bytes, crlfSite.get(path), path));
    }
}
