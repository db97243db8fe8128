package org.occucompare.apiclient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one piece of work per input on a small pool of its own and collects the results in input order. Cancelling
 * the returned future interrupts the work still running and drops what has not started; the pool is shut down either
 * way. The {@link Transport} bounds requests in flight and their rate on its own, so the pool size only avoids
 * idle threads.
 */
public final class BatchRunner {
    private BatchRunner() {
    }

    /**
     * Starts the work.
     *
     * @param inputs what to work on, in order
     * @param work the work for one input
     * @param onFailure turns a failure of one input into its result, so one failure does not sink the batch
     * @param threads the most threads to use, at least 1
     * @param <T> the input type
     * @param <R> the result type
     * @return the results in input order; cancel it to stop the batch
     */
    public static <T, R> CompletableFuture<List<R>> start(List<T> inputs, Function<T, R> work,
            BiFunction<T, RuntimeException, R> onFailure, int threads) {
        if (inputs.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(Math.max(1, threads), inputs.size()),
                daemonThreads("careeronestop-fetch"));
        List<CompletableFuture<R>> items = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            items.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return work.apply(input);
                } catch (RuntimeException e) {
                    return onFailure.apply(input, e);
                }
            }, pool));
        }
        CompletableFuture<List<R>> all = CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
                .thenApply(done -> items.stream().map(CompletableFuture::join).toList());
        all.whenComplete((results, failure) -> {
            if (all.isCancelled()) {
                items.forEach(item -> item.cancel(true));
                pool.shutdownNow();
            } else {
                pool.shutdown();
            }
        });
        return all;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
