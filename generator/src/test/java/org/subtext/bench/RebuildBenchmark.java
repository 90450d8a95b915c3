package org.subtext.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.subtext.pipeline.BuildOptions;
import org.subtext.serve.PreviewServer;
import org.subtext.testing.TestSites;

/**
 * Time from saving one explainer to its new page being served by {@code subtext serve}: the
 * writer's wait. A benchmark, not a test: run it with the bench profile,
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dexec.args="CONTENT_DIR [SAVES [PAUSE_SECONDS]]"</pre>
 *
 * It copies CONTENT_DIR to a temporary folder, serves it, then SAVES times appends a sentence to
 * one explainer (a different one each time) and polls the page until the sentence is served.
 */
public final class RebuildBenchmark {

    private static final java.util.regex.Pattern REBUILT = java.util.regex.Pattern.compile("^Rebuilt in (\\d+) ms");

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "content");
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        // seconds between the first build and the first save: a writer reads before editing, and the JVM
        // meanwhile finishes compiling what the first build made hot
        int pause = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path work = Files.createTempDirectory("subtext-rebuild-bench");
        List<Long> builds = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> logged = java.util.Collections.synchronizedList(new ArrayList<>());
        TestSites.copyTree(source, work.resolve("content"));
        List<Path> explainers;
        try (Stream<Path> files = Files.list(work.resolve("content/explainers"))) {
            explainers = files.filter(p -> p.toString().endsWith(".md")).filter(RebuildBenchmark::isPublished)
                    .sorted().toList();
        }
        try (PreviewServer server = new PreviewServer(new BuildOptions(work.resolve("content"), Path.of("templates"),
                null, false, null), "127.0.0.1", 0, line -> {
                    java.util.regex.Matcher m = REBUILT.matcher(line);
                    if (m.find()) {
                        builds.add(Long.parseLong(m.group(1)));
                        logged.add(System.nanoTime());
                    }
                })) {
            long startup = System.nanoTime();
            server.start();
            System.out.printf(Locale.ROOT, "%d explainers; first build %d ms%n", explainers.size(),
                    (System.nanoTime() - startup) / 1_000_000);
            Thread.sleep(pause * 1000L);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Long> millis = new ArrayList<>();
            List<Long> before = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            for (int i = 0; i < saves + 3; i++) {
                Path file = explainers.get((i * 7919) % explainers.size());
                String slug = file.getFileName().toString().replace(".md", "");
                String marker = "Benchmark sentence " + i + ".";
                long generation = server.generation();
                long start = System.nanoTime();
                Files.writeString(file, Files.readString(file) + "\n\n" + marker + "\n");
                URI page = URI.create("http://127.0.0.1:" + server.port() + server.basePath() + "explainers/" + slug + "/");
                while (true) {
                    if (server.generation() > generation) {
                        String body = http.send(HttpRequest.newBuilder(page).timeout(java.time.Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        if (body.contains(marker)) {
                            break;
                        }
                    }
                    Thread.sleep(1);
                }
                long served = System.nanoTime();
                long elapsed = (served - start) / 1_000_000;
                if (i >= 3) {
                    millis.add(elapsed);
                    long built = logged.get(logged.size() - 1);
                    long buildMillis = builds.get(builds.size() - 1);
                    before.add((built - start) / 1_000_000 - buildMillis);
                    after.add((served - built) / 1_000_000);
                }
            }
            List<Long> rebuilds = new ArrayList<>(builds.subList(builds.size() - millis.size(), builds.size()));
            Collections.sort(millis);
            Collections.sort(rebuilds);
            System.out.printf(Locale.ROOT, "save to served page over %d saves (after 3 warm-up saves): median %d ms,"
                    + " p90 %d ms, min %d ms, max %d ms%n", millis.size(), millis.get(millis.size() / 2),
                    millis.get((int) (millis.size() * 0.9)), millis.get(0), millis.get(millis.size() - 1));
            Collections.sort(before);
            Collections.sort(after);
            System.out.printf(Locale.ROOT, "of which: save to rebuild start (watcher, quiet period) median %d ms;"
                    + " rebuild (the server's log) median %d ms, p90 %d ms; rebuilt to page received median %d ms%n",
                    before.get(before.size() / 2), rebuilds.get(rebuilds.size() / 2),
                    rebuilds.get((int) (rebuilds.size() * 0.9)), after.get(after.size() / 2));
        }
    }

    /** Drafts have no page to wait for. */
    private static boolean isPublished(Path file) {
        try {
            return !Files.readString(file).contains("\ndraft: true");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
