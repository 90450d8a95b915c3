package org.subtext.external;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on one loopback address that answers by path: /ok, /moved (301 to /ok), /gone (404),
 * /broken (500), /no-head (405 to HEAD, 200 to GET), /slow (answers after 2 s), /wait (answers after
 * a moment), /endless (405 to HEAD; to GET, a body that goes on for 10 s). It records each request and counts those in flight, here and across servers sharing
 * {@code overall}.
 */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final InFlight overall;

    LoopbackServer(String address, InFlight overall) throws IOException {
        this.overall = overall;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    LoopbackServer() throws IOException {
        this("127.0.0.1", new InFlight());
    }

    String url(String path) {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path;
    }

    /** "HEAD /ok", "GET /ok", ... in the order they came. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        overall.enter();
        boolean[] left = {false};
        // a request stops counting before its answer goes out: a client that has its answer may start
        // the next request before this thread, descheduled on a busy machine, reaches finally
        Runnable leave = () -> {
            if (!left[0]) {
                left[0] = true;
                inFlight.decrementAndGet();
                overall.leave();
            }
        };
        try (exchange) {
            switch (path) {
                case "/ok" -> send(exchange, 200);
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/ok");
                    send(exchange, 301);
                }
                case "/gone" -> send(exchange, 404);
                case "/broken" -> send(exchange, 500);
                case "/no-head" -> send(exchange, method.equals("HEAD") ? 405 : 200);
                case "/slow" -> {
                    pause(2000);
                    send(exchange, 200);
                }
                case "/endless" -> endless(exchange);
                case "/wait" -> {
                    pause(300);
                    leave.run();
                    send(exchange, 200);
                }
                default -> send(exchange, 404);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        } finally {
            leave.run();
        }
    }

    /** A body with every GET, so the checker must close it rather than wait for the end of it. */
    private static void send(HttpExchange exchange, int status) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        byte[] body = "<!doctype html><title>page</title>".getBytes();
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void endless(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            send(exchange, 405);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        long until = System.nanoTime() + 10_000_000_000L;
        try (OutputStream out = exchange.getResponseBody()) {
            while (System.nanoTime() < until) {
                out.write(new byte[1024]);
                out.flush();
                pause(10);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Requests in flight across several servers, and the most there ever were. */
    static final class InFlight {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        void enter() {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        void leave() {
            now.decrementAndGet();
        }

        int most() {
            return most.get();
        }
    }
}
