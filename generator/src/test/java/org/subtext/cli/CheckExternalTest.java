package org.subtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.TestSites;

import com.sun.net.httpserver.HttpServer;

/** {@code check --external} on a small site whose sources point at a web server on 127.0.0.1. */
class CheckExternalTest {

    @TempDir
    Path root;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/live") ? 200 : 404, -1);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        TestSites.write(root, TestSites.sections("""
                -- content/site.yaml --
                title: T
                description: D.
                base_url: https://example.org/
                -- content/authors/desk.md --
                ---
                name: The desk
                ---
                Bio.
                -- content/explainers/a.md --
                ---
                title: A
                summary: S.
                section: S
                published: 2026-01-01
                authors: [desk]
                timeline:
                  - {id: e, date: 2026, title: Event}
                sources:
                  - id: live
                    title: A live source
                    url: BASE/live/page
                  - id: minsk-text
                    title: >
                      A dead source, its title folded
                      over two lines
                    publisher: P
                    url:   BASE/gone/page
                  - {id: flow, title: Flow style, url: BASE/gone/flow}
                ---
                Body.
                -- content/explainers/b.md --
                ---
                title: B
                summary: S.
                section: S
                published: 2026-01-01
                authors: [desk]
                timeline:
                  - {id: e, date: 2026, title: Event}
                sources:
                  - id: also-dead
                    url: BASE/gone/page
                    title: The same dead address
                ---
                Body.
                -- content/explainers/c.md --
                ---
                title: C
                summary: S.
                section: S
                published: 2026-01-01
                draft: true
                timeline:
                  - {id: e, date: 2026, title: Event}
                sources:
                  - id: draft-only
                    title: Not published, so not fetched without --drafts
                    url: BASE/gone/draft
                ---
                Body.
                """.replace("BASE", base)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int check(String... options) {
        String[] args = new String[3 + options.length];
        args[0] = "check";
        args[1] = "--content";
        args[2] = root.resolve("content").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void deadSourceLinksAreErrorsAtTheirUrls() {
        String fix = "; add an archived copy (archived: https://web.archive.org/...) or a live URL";
        assertEquals(1, check("--external"), err.toString());
        assertEquals(String.join("\n",
                "content/explainers/a.md:18:12: error: source 'minsk-text' (url) cannot be reached: 404 Not Found" + fix,
                "content/explainers/a.md:19:5: error: source 'flow' (url) cannot be reached: 404 Not Found" + fix,
                "content/explainers/b.md:11:10: error: source 'also-dead' (url) cannot be reached: 404 Not Found" + fix,
                "3 errors; nothing was written", ""), err.toString().replace(root + "/", ""));
        assertEquals(List.of("GET /gone/flow", "GET /gone/page", "HEAD /gone/flow", "HEAD /gone/page",
                "HEAD /live/page"), requests.stream().sorted().toList());
        assertTrue(Files.isRegularFile(root.resolve(".subtext-cache/external-links.tsv")));
    }

    @Test
    void aDeadUrlWhoseArchivedCopyAnswersIsAWarningAtTheUrl() throws IOException {
        Path b = root.resolve("content/explainers/b.md");
        Files.writeString(b, Files.readString(b).replace("    title: The same dead address",
                "    title: The same dead address\n    archived: " + Files.readString(b).split("url: ")[1].split("/gone")[0]
                        + "/live/archive"));
        check("--external");
        assertTrue(err.toString().replace(root + "/", "").contains("content/explainers/b.md:11:10: warning: source"
                + " 'also-dead' (url) cannot be reached: 404 Not Found"), err.toString());
        assertTrue(requests.contains("HEAD /live/archive"), requests.toString());
    }

    @Test
    void withoutTheFlagNothingIsFetched() {
        assertEquals(0, check(), err.toString());
        assertEquals(List.of(), requests);
    }
}
