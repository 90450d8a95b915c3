package org.subtext.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.subtext.pipeline.PreviewCache;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.Progress;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.diag.Diagnostic;
import org.subtext.json.Json;

/**
 * The live preview: builds into memory, serves the site under its base path on loopback, rebuilds
 * when content or templates change, and tells open tabs to reload, or to show the errors of a bad
 * save over the last good pages. The reload script is added to pages here, never to a built site.
 */
public final class PreviewServer implements AutoCloseable {

    private static final String HTML = "text/html; charset=utf-8";

    private final BuildOptions options;
    private final Consumer<String> log;
    private final ReloadChannel reloads = new ReloadChannel();
    private final PreviewCache cache = new PreviewCache();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "subtext-http");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpServer server;
    private final byte[] liveScript;
    private ContentWatcher watcher;

    private volatile SiteSnapshot snapshot = SiteSnapshot.EMPTY;
    private volatile boolean closed;
    private volatile List<Diagnostic> errors = List.of();
    private volatile String basePath = "/";
    private volatile long generation;

    public PreviewServer(BuildOptions options, String host, int port, Consumer<String> log) throws IOException {
        this.options = options;
        this.log = log;
        // the JDK server writes headers and body apart; with Nagle's algorithm on, the body then waits for
        // the client's delayed ACK, 40 ms on Linux, on a page the writer is waiting for. Read once, when
        // the server classes load, so it must be set before the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.server.setExecutor(executor);
        this.server.createContext("/", this::handle);
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            this.liveScript = in.readAllBytes();
        }
    }

    /** Builds once, starts serving and watching. */
    public void start() throws IOException {
        // watching starts before the first build reads anything, so no save in between goes unseen
        watcher = new ContentWatcher(List.of(options.content(), options.templates()), this::rebuild);
        long start = System.nanoTime();
        rebuild();
        long firstBuildMillis = (System.nanoTime() - start) / 1_000_000;
        watcher.start();
        server.start();
        if (firstBuildMillis < WARM_UP_BELOW_MILLIS) {
            warmUp();
        }
    }

    /** A first build shorter than this ran each file's code too few times for the JIT to compile it. */
    private static final long WARM_UP_BELOW_MILLIS = 3_000;
    private static final int WARM_UP_BUILDS = 8;

    /**
     * On a small site the first saves would run parsing, Markdown and rendering as barely compiled
     * code, several times slower than they become. A few throwaway builds on a background thread,
     * without the preview's cache (so they change nothing it keeps), let the JIT compile that code
     * before the writer's first save; a save, closing the server or 12 s of it stop them.
     */
    private void warmUp() {
        Thread thread = new Thread(() -> {
            long generationAtStart = generation;
            long deadline = System.nanoTime() + 4 * WARM_UP_BELOW_MILLIS * 1_000_000;
            try {
                for (int i = 0; i < WARM_UP_BUILDS && generation == generationAtStart && !closed
                        && System.nanoTime() < deadline; i++) {
                    new SiteBuilder().render(options);
                }
            } catch (RuntimeException ignored) {
                // throwaway work on files that may be changing or gone (the server closing): nothing to report
            }
        }, "subtext-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String basePath() {
        return basePath;
    }

    /** How many builds have finished, good or bad; tests wait on it. */
    public long generation() {
        return generation;
    }

    /** Rebuilds after the watcher saw {@code changed}: files it did not name are reused unread. */
    synchronized void rebuild(Set<Path> changed) {
        cache.watched(changed);
        rebuild();
    }

    private synchronized void rebuild() {
        long start = System.nanoTime();
        BuildResult result = new SiteBuilder(Progress.NONE, cache).render(options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.ok()) {
            SiteSnapshot next = new SiteSnapshot(result.files(), result.drafts());
            int changed = next.changedSince(snapshot);
            snapshot = next;
            errors = List.of();
            basePath = result.basePath();
            generation++;
            log.accept("Rebuilt in " + millis + " ms: " + changed + " files changed");
            reloads.send("reload", Long.toString(generation));
        } else {
            errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
            generation++;
            log.accept(result.errorCount() + (result.errorCount() == 1 ? " error" : " errors")
                    + "; still serving the last good build");
            errors.forEach(d -> log.accept(d.format()));
            reloads.send("errors", errorsJson());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            switch (path) {
                case "/__subtext/events" -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream body = exchange.getResponseBody();
                    reloads.add(body);
                    waitUntilClosed(body);
                }
                case PreviewPages.LIVE_SCRIPT -> send(exchange, 200, "text/javascript; charset=utf-8", liveScript);
                case "/__subtext/errors" -> send(exchange, 200, "application/json",
                        errorsJson().getBytes(StandardCharsets.UTF_8));
                default -> serveFile(exchange, path);
            }
        }
    }

    /** Keeps an event stream's exchange open until the server closes it. */
    private void waitUntilClosed(OutputStream body) {
        try {
            while (!executor.isShutdown()) {
                Thread.sleep(60_000);
                body.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the tab went away
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath) throws IOException {
        SiteSnapshot site = snapshot;
        List<Diagnostic> failed = errors;
        if (site == SiteSnapshot.EMPTY && !failed.isEmpty()) {
            // no good build to show under the errors yet, nor a base path to serve it at: every address
            // shows them, and turns into its page on the save that fixes them
            send(exchange, 503, HTML, PreviewPages.notBuiltYet(failed));
            return;
        }
        String base = basePath;
        if (!rawPath.startsWith(base)) {
            if (rawPath.equals("/") || (rawPath + "/").equals(base)) {
                redirect(exchange, base);
                return;
            }
            notFound(exchange, base);
            return;
        }
        String path = URLDecoder.decode(rawPath.substring(base.length()), StandardCharsets.UTF_8);
        if (path.contains("..") || path.contains("\\")) {
            notFound(exchange, base);
            return;
        }
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        if (!site.has(file)) {
            if (site.has(path + "/index.html")) {
                redirect(exchange, rawPath + "/");
            } else if (site.draftAt(path) != null) {
                send(exchange, 404, HTML, PreviewPages.draft(site.draftAt(path)));
            } else {
                notFound(exchange, base);
            }
            return;
        }
        send(exchange, 200, ContentTypes.of(file), PreviewPages.withLiveScript(file, site.bytes(file)));
    }

    private void notFound(HttpExchange exchange, String base) throws IOException {
        SiteSnapshot site = snapshot;
        byte[] body = site.has("404.html") ? PreviewPages.withLiveScript("404.html", site.bytes("404.html"))
                : "not found".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, site.has("404.html") ? ContentTypes.of("404.html") : "text/plain", body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private String errorsJson() {
        StringBuilder out = new StringBuilder("[");
        for (Diagnostic d : errors) {
            if (out.length() > 1) {
                out.append(',');
            }
            Json.quote(out, d.format());
        }
        return out.append(']').toString();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        reloads.closeAll();
        server.stop(0);
        executor.shutdownNow();
    }
}
