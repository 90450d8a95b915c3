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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.subtext.pipeline.BuildOptions;
import org.subtext.serve.PreviewServer;
import org.subtext.testing.TestSites;

/**
 * Time from saving one explainer to its new page being served by {@code subtext serve}: the
 * writer's wait. A benchmark, not a test: run it with the bench profile,
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dexec.args="CONTENT_DIR [SAVES [PAUSE_SECONDS [launcher|in-process]]]"</pre>
 *
 * It copies CONTENT_DIR to a temporary folder, serves it, then SAVES times appends a sentence to
 * one explainer (a different one each time) and polls the page until the sentence is served. The
 * server runs as a writer runs it, through the launcher {@code target/subtext} (after {@code mvn
 * package}), or with {@code in-process} inside this JVM (for a profiler attached to it).
 */
public final class RebuildBenchmark {

    private static final Pattern REBUILT = Pattern.compile("^Rebuilt in (\\d+) ms");
    private static final Pattern SERVING = Pattern.compile("^Serving (http://\\S+) ");

    private RebuildBenchmark() {
    }

    /** A running preview: where it serves and how many builds it has logged. */
    private interface Preview extends AutoCloseable {
        String url();

        long generation();

        @Override
        void close() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "content");
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        // seconds between the first build and the first save: a writer reads before editing, and the JVM
        // meanwhile finishes compiling what the first build made hot
        int pause = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        boolean inProcess = args.length > 3 && args[3].equals("in-process");
        Path work = Files.createTempDirectory("subtext-rebuild-bench");
        List<Long> builds = Collections.synchronizedList(new ArrayList<>());
        List<Long> logged = Collections.synchronizedList(new ArrayList<>());
        TestSites.copyTree(source, work.resolve("content"));
        List<Path> explainers;
        try (Stream<Path> files = Files.list(work.resolve("content/explainers"))) {
            explainers = files.filter(p -> p.toString().endsWith(".md")).filter(RebuildBenchmark::isPublished)
                    .sorted().toList();
        }
        java.util.function.Consumer<String> log = line -> {
            Matcher m = REBUILT.matcher(line);
            if (m.find()) {
                builds.add(Long.parseLong(m.group(1)));
                logged.add(System.nanoTime());
            }
        };
        long startup = System.nanoTime();
        Path content = work.resolve("content");
        try (Preview server = inProcess ? inProcess(content, log) : launched(content, log)) {
            System.out.printf(Locale.ROOT, "%d explainers, %s; first build %d ms%n", explainers.size(),
                    inProcess ? "in this JVM" : "through target/subtext", (System.nanoTime() - startup) / 1_000_000);
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
                URI page = URI.create(server.url() + "explainers/" + slug + "/");
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

    private static Preview inProcess(Path content, java.util.function.Consumer<String> log) throws IOException {
        PreviewServer server = new PreviewServer(new BuildOptions(content, Path.of("templates"), null, false, null),
                "127.0.0.1", 0, log);
        server.start();
        return new Preview() {
            @Override
            public String url() {
                return "http://127.0.0.1:" + server.port() + server.basePath();
            }

            @Override
            public long generation() {
                return server.generation();
            }

            @Override
            public void close() throws IOException {
                server.close();
            }
        };
    }

    /** {@code target/subtext serve}, once it says where it serves; its log read line by line. */
    private static Preview launched(Path content, java.util.function.Consumer<String> log) throws Exception {
        Path launcher = Path.of("target/subtext");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no target/subtext: run mvn -q package -DskipTests first, or add in-process");
        }
        Process process = new ProcessBuilder(launcher.toString(), "serve", "--content", content.toString(),
                "--templates", "templates", "--port", "0").redirectErrorStream(true).start();
        java.util.concurrent.CompletableFuture<String> serving = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader lines = process.inputReader()) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        serving.complete(m.group(1));
                    }
                    log.accept(line);
                    if (REBUILT.matcher(line).find()) {
                        generation.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                serving.completeExceptionally(e);
            }
            serving.completeExceptionally(new IllegalStateException("subtext serve stopped before serving"));
        });
        reader.setDaemon(true);
        reader.start();
        String url = serving.get(10, java.util.concurrent.TimeUnit.MINUTES);
        return new Preview() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public long generation() {
                return generation.get();
            }

            @Override
            public void close() throws InterruptedException {
                process.destroy();
                process.waitFor();
            }
        };
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
