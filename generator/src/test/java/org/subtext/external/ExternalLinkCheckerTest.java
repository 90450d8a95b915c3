package org.subtext.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;

/** check --external against web servers on loopback addresses: what counts as dead, limits, the cache. */
class ExternalLinkCheckerTest {

    private static final SourcePosition URL_AT = new SourcePosition("x.md", 3, 10);
    private static final SourcePosition ARCHIVED_AT = new SourcePosition("x.md", 4, 15);
    private static final String ADD_ARCHIVE =
            "; add an archived copy (archived: https://web.archive.org/...) or a live URL";

    @TempDir
    Path cacheDir;
    private LoopbackServer server;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T12:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ExternalLinkChecker checker(Duration timeout) {
        return new ExternalLinkChecker(timeout, clock, cacheDir.resolve("external-links.tsv"));
    }

    private List<String> check(ExternalSource... sources) {
        return checker(Duration.ofSeconds(5)).check(List.of(sources)).stream().map(Diagnostic::format).toList();
    }

    private ExternalSource source(String path) {
        return new ExternalSource("source 's'", server.url(path), URL_AT, null, null);
    }

    private ExternalSource archived(String path, String archivedPath) {
        return new ExternalSource("source 's'", server.url(path), URL_AT, server.url(archivedPath), ARCHIVED_AT);
    }

    @Test
    void aPageThatAnswersIsFine() {
        assertEquals(List.of(), check(source("/ok")));
        assertEquals(List.of("HEAD /ok"), server.requests());
    }

    @Test
    void aPermanentRedirectToAPageThatAnswersIsFine() {
        assertEquals(List.of(), check(source("/moved")));
        assertEquals(List.of("HEAD /moved", "HEAD /ok"), server.requests());
    }

    @Test
    void notFoundIsAnErrorAtTheUrl() {
        assertEquals(List.of("x.md:3:10: error: source 's' (url) cannot be reached: 404 Not Found" + ADD_ARCHIVE),
                check(source("/gone")));
        assertEquals(List.of("HEAD /gone", "GET /gone"), server.requests());
    }

    @Test
    void aServerErrorIsAnError() {
        assertEquals(List.of("x.md:3:10: error: source 's' (url) cannot be reached: 500 Internal Server Error"
                + ADD_ARCHIVE), check(source("/broken")));
    }

    @Test
    void noAnswerWithinTheTimeoutIsAnError() {
        List<String> found = checker(Duration.ofMillis(300)).check(List.of(source("/slow"))).stream()
                .map(Diagnostic::format).toList();
        assertEquals(List.of("x.md:3:10: error: source 's' (url) cannot be reached: no answer within 300 ms"
                + ADD_ARCHIVE), found);
    }

    @Test
    void aRefusedConnectionIsAnError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        ExternalSource refused = new ExternalSource("source 's'", "http://127.0.0.1:" + closedPort + "/x", URL_AT,
                null, null);
        assertEquals(List.of("x.md:3:10: error: source 's' (url) cannot be reached: connection refused"
                + ADD_ARCHIVE), check(refused));
    }

    @Test
    void anAddressThatIsNotHttpIsAnErrorNotACrash() {
        ExternalSource ftp = new ExternalSource("source 's'", "ftp://127.0.0.1/file", URL_AT, null, null);
        assertEquals(List.of("x.md:3:10: error: source 's' (url) cannot be reached: not an http:// or https://"
                + " address" + ADD_ARCHIVE), check(ftp));
    }

    @Test
    void whereHeadIsRefusedGetDecides() {
        assertEquals(List.of(), check(source("/no-head")));
        assertEquals(List.of("HEAD /no-head", "GET /no-head"), server.requests());
    }

    @Test
    void theBodyOfAGetIsNotDownloaded() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(List.of(), check(source("/endless"))));
        assertEquals(List.of("HEAD /endless", "GET /endless"), server.requests());
    }

    @Test
    void aDeadUrlWhoseArchivedCopyAnswersIsAWarning() {
        assertEquals(List.of("x.md:3:10: warning: source 's' (url) cannot be reached: 404 Not Found; readers"
                + " still have its archived copy, but link a live URL if there is one"), check(archived("/gone", "/ok")));
    }

    @Test
    void aDeadUrlWithADeadArchivedCopyIsAnError() {
        assertEquals(List.of("x.md:3:10: error: source 's' (url) cannot be reached: 404 Not Found, nor can its"
                + " archived copy: 500 Internal Server Error; link a live URL or a working archived copy"),
                check(archived("/gone", "/broken")));
    }

    @Test
    void aDeadArchivedCopyOfALiveUrlIsAWarningAtTheArchivedAddress() {
        assertEquals(List.of("x.md:4:15: warning: source 's' (archived) cannot be reached: 404 Not Found;"
                + " fix the archived address or remove it"), check(archived("/ok", "/gone")));
    }

    @Test
    void eachAddressIsFetchedOnceAndReportedWhereverItIsCitedInOrder() {
        ExternalSource later = new ExternalSource("source 'b'", server.url("/gone"),
                new SourcePosition("b.md", 9, 8), null, null);
        ExternalSource earlier = new ExternalSource("source 'a'", server.url("/gone"),
                new SourcePosition("a.md", 7, 8), null, null);
        assertEquals(List.of(
                "a.md:7:8: error: source 'a' (url) cannot be reached: 404 Not Found" + ADD_ARCHIVE,
                "b.md:9:8: error: source 'b' (url) cannot be reached: 404 Not Found" + ADD_ARCHIVE),
                check(later, earlier));
        assertEquals(List.of("HEAD /gone", "GET /gone"), server.requests());
    }

    @Test
    void atMostTwoRequestsPerHostAndEightInAll() throws IOException {
        LoopbackServer.InFlight overall = new LoopbackServer.InFlight();
        List<LoopbackServer> servers = new ArrayList<>();
        List<ExternalSource> sources = new ArrayList<>();
        try {
            for (int host = 1; host <= 6; host++) {
                LoopbackServer hostServer = new LoopbackServer("127.0.0." + host, overall);
                servers.add(hostServer);
                for (int page = 0; page < 4; page++) {
                    sources.add(new ExternalSource("source 's'", hostServer.url("/wait?page=" + page), URL_AT,
                            null, null));
                }
            }
            assertEquals(List.of(), checker(Duration.ofSeconds(5)).check(sources));
            for (LoopbackServer hostServer : servers) {
                assertEquals(4, hostServer.requests().size());
                assertEquals(2, hostServer.mostInFlight(), hostServer.url(""));
            }
            assertEquals(8, overall.most());
        } finally {
            servers.forEach(LoopbackServer::close);
        }
    }

    @Test
    void liveAnswersAreKeptForADay() {
        assertEquals(List.of(), check(source("/ok")));
        assertEquals(1, server.requests().size());
        clock.advance(Duration.ofHours(23));
        assertEquals(List.of(), check(source("/ok")));
        assertEquals(1, server.requests().size(), "asked again within a day");
        clock.advance(Duration.ofHours(2));
        assertEquals(List.of(), check(source("/ok")));
        assertEquals(2, server.requests().size(), "not asked again after a day");
    }

    @Test
    void deadAnswersAreAskedAgainOnEveryRun() {
        check(source("/gone"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, check(source("/gone")).size());
        assertEquals(List.of("HEAD /gone", "GET /gone", "HEAD /gone", "GET /gone"), server.requests());
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
