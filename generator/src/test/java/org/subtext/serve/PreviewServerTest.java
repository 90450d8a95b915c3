package org.subtext.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildOptions;
import org.subtext.testing.TestSites;

/** The live preview on an ephemeral loopback port: serving, rebuilding on save, reload events, errors. */
class PreviewServerTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: Preview
            description: D.
            base_url: https://example.org/sub/
            -- content/explainers/talks.md --
            ---
            title: First title
            summary: S.
            section: S
            published: 2026-01-01
            ---
            Body that links to [[other]].
            -- content/explainers/other.md --
            ---
            title: Other
            summary: S.
            section: S
            published: 2026-01-02
            ---
            Other body.
            """;

    @TempDir
    Path root;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        TestSites.write(root, TestSites.sections(SITE));
        server = new PreviewServer(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES, null, false, null),
                "127.0.0.1", 0, line -> { });
        server.start();
        http.sendAsync(request("/__subtext/events"), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(events::add));
        assertEquals(": connected", events.poll(5, TimeUnit.SECONDS));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    /** The next named event ("reload" or "errors") and its data. */
    private String nextEvent(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            String line = events.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.equals("event: " + name)) {
                return events.poll(5, TimeUnit.SECONDS);
            }
        }
        throw new AssertionError("no '" + name + "' event within 15 s");
    }

    /** Waits up to 15 s, through however many rebuilds, for {@code path} to be served with {@code text}. */
    private void assertServedSoon(String path, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!get(path).body().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(get(path).body().contains(text), () -> path + " never showed: " + text);
    }

    private void edit(String text) throws IOException {
        Files.writeString(root.resolve("content/explainers/talks.md"), text);
    }

    @Test
    void servesTheSiteUnderItsBasePathWithTheReloadScript() throws Exception {
        HttpResponse<String> page = get("/sub/explainers/talks/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("<h1 id=\"top\">First title</h1>"));
        assertTrue(page.body().contains("<script src=\"/__subtext/live.js\" defer></script></body>"));
        assertEquals(301, get("/").statusCode());
        assertEquals("/sub/", get("/").headers().firstValue("Location").orElseThrow());
        assertEquals(301, get("/sub/explainers/talks").statusCode());
        HttpResponse<String> missing = get("/sub/no/such/page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertEquals(404, get("/sub/../../etc/passwd").statusCode());
        assertEquals("text/javascript; charset=utf-8",
                get("/__subtext/live.js").headers().firstValue("Content-Type").orElseThrow());
        // the page's one stylesheet: the shared rules bundled with the explainer's
        String css = page.body().replaceAll("(?s).*href=\"(/sub/static/explainer\\.[0-9a-f]+\\.css)\".*", "$1");
        assertTrue(css.startsWith("/sub/static/"), "the explainer page links its stylesheet");
        assertEquals("text/css; charset=utf-8", get(css).headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void anEditChangesTheServedPageAndSendsAReload() throws Exception {
        edit(Files.readString(root.resolve("content/explainers/talks.md")).replace("First title", "Second title"));
        assertNotNull(nextEvent("reload"));
        assertTrue(get("/sub/explainers/talks/").body().contains("<h1 id=\"top\">Second title</h1>"));
    }

    @Test
    void aSaveThatKeepsTheFileSizeAndTimeIsStillSeen() throws Exception {
        // the watcher, not the file's size and time, says what changed: a tool that restores the time
        // of a file it rewrote to the same length must not leave a stale page
        Path other = root.resolve("content/explainers/other.md");
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(other, hourAgo);
        nextEvent("reload");
        Files.writeString(other, Files.readString(other).replace("Other body.", "Other BODY."));
        Files.setLastModifiedTime(other, hourAgo);
        assertServedSoon("/sub/explainers/other/", "Other BODY.");
    }

    @Test
    void aTemplateEditIsServed() throws Exception {
        server.close();
        Path templates = root.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        server = new PreviewServer(new BuildOptions(root.resolve("content"), templates, null, false, null),
                "127.0.0.1", 0, line -> { });
        server.start();
        long before = server.generation();
        Path base = templates.resolve("base.peb");
        Files.writeString(base, Files.readString(base).replace("</footer>", "<p>Edited footer.</p></footer>"));
        assertServedSoon("/sub/explainers/talks/", "Edited footer.");
        assertTrue(server.generation() > before);
        assertTrue(get("/sub/explainers/other/").body().contains("Edited footer."));
        // a content edit afterwards keeps the edited template
        edit(Files.readString(root.resolve("content/explainers/talks.md")).replace("First title", "Third title"));
        assertServedSoon("/sub/explainers/talks/", "Third title");
        assertTrue(get("/sub/explainers/talks/").body().contains("Edited footer."));
    }

    @Test
    void aFolderCreatedWhileServingIsRead() throws Exception {
        Path events = root.resolve("content/events");
        Files.createDirectories(events);
        Files.writeString(events.resolve("more.yaml"), """
                - id: new-folder-event
                  date: 2026-01-05
                  title: "An event from a new folder"
                  explainer: talks
                """);
        assertServedSoon("/sub/timeline/", "An event from a new folder");
    }

    @Test
    void anInvalidEditShowsErrorsAndKeepsTheLastGoodPageUntilFixed() throws Exception {
        String good = Files.readString(root.resolve("content/explainers/talks.md"));
        edit(good.replace("published: 2026-01-01", "published: 2026-13-01").replace("First title", "Broken"));
        String data = nextEvent("errors");
        assertTrue(data.contains("explainers/talks.md:5:12: error: invalid date '2026-13-01' in published"), data);
        assertTrue(get("/sub/explainers/talks/").body().contains("First title"), "the last good page is served");
        assertTrue(get("/__subtext/errors").body().contains("invalid date"));

        edit(good.replace("First title", "Fixed title"));
        assertNotNull(nextEvent("reload"));
        assertEquals("[]", get("/__subtext/errors").body());
        assertTrue(get("/sub/explainers/talks/").body().contains("Fixed title"));
    }

    @Test
    void theBuiltSiteNeverCarriesTheReloadScript(@TempDir Path out) throws Exception {
        new org.subtext.pipeline.SiteBuilder().build(
                new BuildOptions(root.resolve("content"), TestSites.TEMPLATES, out.resolve("site"), false, null));
        TestSites.snapshot(out.resolve("site")).forEach((path, bytes) ->
                assertFalse(new String(bytes).contains("__subtext"), path));
    }

    @Test
    void startedOnBrokenContentEveryAddressShowsTheErrorsUntilItBuilds() throws Exception {
        server.close();
        String good = Files.readString(root.resolve("content/explainers/talks.md"));
        edit(good.replace("published: 2026-01-01", "published: 2026-13-01"));
        server = new PreviewServer(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES, null, false, null),
                "127.0.0.1", 0, line -> { });
        server.start();
        for (String path : new String[] {"/", "/anything/", "/sub/explainers/talks/", "/sub/no/such.css"}) {
            HttpResponse<String> page = get(path);
            assertEquals(503, page.statusCode(), path);
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(page.body().contains("<h1>The site does not build yet</h1>"), page.body());
            assertTrue(page.body().contains("explainers/talks.md:5:12: error: invalid date '2026-13-01' in published"),
                    page.body());
            assertTrue(page.body().contains("<script src=\"/__subtext/live.js\" defer></script></body>"), path);
        }

        edit(good.replace("First title", "Fixed title"));
        assertServedSoon("/sub/explainers/talks/", "<h1 id=\"top\">Fixed title</h1>");
        assertEquals(301, get("/").statusCode());
        assertEquals(404, get("/anything/").statusCode());
    }

    @Test
    void aDraftLeftOutSaysItIsADraftAndHowToSeeIt() throws Exception {
        Files.writeString(root.resolve("content/explainers/unfinished.md"), """
                ---
                title: Unfinished
                summary: S.
                section: S
                published: 2026-01-03
                draft: true
                ---
                Body.
                """);
        Files.createDirectories(root.resolve("content/pages"));
        Files.writeString(root.resolve("content/pages/about.md"), "---\ntitle: About\ndraft: true\n---\nUs.\n");
        assertServedSoon("/sub/explainers/unfinished/", "This explainer is a draft");
        for (String path : new String[] {"/sub/explainers/unfinished/", "/sub/explainers/unfinished",
                "/sub/explainers/unfinished/claims/c/"}) {
            HttpResponse<String> page = get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("/content/explainers/unfinished.md</code> has <code>draft: true</code>"),
                    page.body());
            assertTrue(page.body().contains("<pre>./subtext serve --drafts</pre>"), page.body());
            assertTrue(page.body().contains("/__subtext/live.js"), page.body());
        }
        HttpResponse<String> about = get("/sub/about/");
        assertEquals(404, about.statusCode());
        assertTrue(about.body().contains("This page is a draft"), about.body());
        assertTrue(get("/sub/explainers/unfinishe/").body().contains("Page not found"), "only the draft's own address");

        server.close();
        server = new PreviewServer(new BuildOptions(root.resolve("content"), TestSites.TEMPLATES, null, true, null),
                "127.0.0.1", 0, line -> { });
        server.start();
        assertTrue(get("/sub/explainers/unfinished/").body().contains("<h1 id=\"top\">Unfinished</h1>"));
    }
}
