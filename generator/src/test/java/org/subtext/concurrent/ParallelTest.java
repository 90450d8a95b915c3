package org.subtext.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelTest {

    private static final List<Integer> THOUSAND = IntStream.range(0, 1000).boxed().toList();

    @Test
    void mapKeepsTheItemsOrderAndNulls() {
        List<String> results = Parallel.map(THOUSAND, i -> i % 7 == 0 ? null : "n" + i);
        assertEquals(1000, results.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i % 7 == 0 ? null : "n" + i, results.get(i));
        }
        assertThrows(UnsupportedOperationException.class, () -> results.set(1, "x"));
    }

    @Test
    void everyItemRunsExactlyOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(THOUSAND, i -> {
            calls.incrementAndGet();
            seen.add(i);
        });
        assertEquals(1000, calls.get());
        assertEquals(1000, seen.size());
    }

    @Test
    void emptyAndSingleLists() {
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
        assertEquals(List.of(2), Parallel.map(List.of(1), i -> i + 1));
    }

    @Test
    void aLongItemDoesNotHoldBackTheRest() throws InterruptedException {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        // the first item waits until every other item has run: that only ends if the others are taken
        // by another thread while it waits, which fixed chunks of a parallel stream did not guarantee
        CountDownLatch rest = new CountDownLatch(THOUSAND.size() - 1);
        AtomicInteger finishedEarly = new AtomicInteger();
        Parallel.forEach(THOUSAND, i -> {
            if (i == 0) {
                try {
                    if (rest.await(20, TimeUnit.SECONDS)) {
                        finishedEarly.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                rest.countDown();
            }
        });
        assertEquals(1, finishedEarly.get(), "the other 999 items ran while the first one worked");
    }

    @Test
    void theFirstFailureIsRethrownOnlyOnceNothingRuns() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        List<Integer> stillRunningAtThrow = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.forEach(THOUSAND, i -> {
            running.incrementAndGet();
            started.incrementAndGet();
            try {
                if (i == 10) {
                    throw boom;
                }
                sleep(1);
            } finally {
                running.decrementAndGet();
            }
        }));
        stillRunningAtThrow.add(running.get());
        assertSame(boom, thrown);
        assertEquals(List.of(0), stillRunningAtThrow, "no item is still running when the failure reaches the caller");
        assertTrue(started.get() < 1000, "items after the failure do not start: " + started.get());
    }

    @Test
    void errorsAreRethrownToo() {
        OutOfMemoryError oom = new OutOfMemoryError("test");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Parallel.forEach(THOUSAND, i -> {
            if (i == 500) {
                throw oom;
            }
        })));
    }

    @Test
    void nestedCallsFromAWorkerComplete() {
        List<Integer> sums = Parallel.map(IntStream.range(0, 20).boxed().toList(),
                i -> Parallel.map(THOUSAND, j -> j).stream().mapToInt(Integer::intValue).sum() + i);
        for (int i = 0; i < 20; i++) {
            assertEquals(499500 + i, sums.get(i));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
