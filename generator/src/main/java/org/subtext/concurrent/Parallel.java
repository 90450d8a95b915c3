package org.subtext.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Independent work on all cores, handed out one item at a time in list order. A parallel stream
 * splits a list into a few fixed chunks up front (four on two cores), so one chunk holding the
 * claim tracker and the timeline left one core working alone for the last second of a
 * 1,000-explainer render; taking items one by one keeps both cores busy to the end, and a list
 * that starts with its largest items ends evenly.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Runs {@code work} on every item, and only once no item is running any more rethrows the first
     * failure (errors too: a site too large for the heap fails on one core while the others write).
     * After a failure no further item starts.
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> work) {
        map(items, item -> {
            work.accept(item);
            return null;
        });
    }

    /** {@link #forEach} that keeps each item's result, in the items' order; nulls are kept. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length && failure.get() == null;
                 i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), results.length - 1);
        List<ForkJoinTask<?>> started = new ArrayList<>(Math.max(helpers, 0));
        for (int h = 0; h < helpers; h++) {
            started.add(ForkJoinTask.adapt(worker).fork());
        }
        worker.run();
        for (ForkJoinTask<?> task : started) {
            task.join();
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }
}
