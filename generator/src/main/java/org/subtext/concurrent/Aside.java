package org.subtext.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work on a thread of its own: a serial task run beside {@link Parallel} work, so that it takes the
 * time a core would otherwise wait rather than a worker of the common pool, which {@link Parallel}
 * counts on having.
 */
public final class Aside {

    private Aside() {
    }

    public static void run(Runnable task) {
        Thread thread = new Thread(task, "subtext-aside");
        thread.setDaemon(true);
        thread.start();
    }

    public static <T> CompletableFuture<T> supply(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, Aside::run);
    }

    /** The task's result; a failure is rethrown as the task threw it. */
    public static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
