package org.subtext.external;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one task per address on at most {@code overall} threads, never more than {@code perHost} at
 * once against one host. A free thread takes the first waiting address whose host has room, so a
 * site with many links does not hold up the others.
 */
final class HostScheduler {

    private final int overall;
    private final int perHost;
    private final List<String> waiting;
    private final Map<String, Integer> running = new HashMap<>();

    private HostScheduler(List<String> urls, int overall, int perHost) {
        this.overall = overall;
        this.perHost = perHost;
        this.waiting = new ArrayList<>(urls);
    }

    static <T> Map<String, T> run(List<String> urls, int overall, int perHost, Function<String, T> task) {
        return new HostScheduler(urls, overall, perHost).runAll(task);
    }

    private <T> Map<String, T> runAll(Function<String, T> task) {
        Map<String, T> results = new ConcurrentHashMap<>();
        int threads = Math.min(overall, waiting.size());
        if (threads == 0) {
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    work(task, results);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private <T> void work(Function<String, T> task, Map<String, T> results) throws InterruptedException {
        for (String url = next(); url != null; url = next()) {
            try {
                results.put(url, task.apply(url));
            } finally {
                done(host(url));
            }
        }
    }

    /** The next address whose host has room, waiting for one if need be; null when none is left. */
    private synchronized String next() throws InterruptedException {
        while (!waiting.isEmpty()) {
            for (Iterator<String> it = waiting.iterator(); it.hasNext(); ) {
                String url = it.next();
                String host = host(url);
                int busy = running.getOrDefault(host, 0);
                if (busy < perHost) {
                    it.remove();
                    running.put(host, busy + 1);
                    return url;
                }
            }
            wait();
        }
        return null;
    }

    private synchronized void done(String host) {
        running.merge(host, -1, Integer::sum);
        notifyAll();
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
