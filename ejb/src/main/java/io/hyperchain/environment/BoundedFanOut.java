package io.hyperchain.environment;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Does some work to each of a few items, at most {@code bound} at a time on an executor, and answers
 * their results in the items' order once all are done. Plain Java: the service hands it the managed
 * executor, a test a plain one. The work must answer for each item itself (a failure is a result).
 */
public final class BoundedFanOut {

    private BoundedFanOut() {
    }

    public static <T, R> List<R> map(List<T> items, int bound, Executor executor, Function<T, R> work) {
        if (bound < 1) {
            throw new IllegalArgumentException("at least one at a time, not " + bound);
        }
        var results = new AtomicReferenceArray<R>(items.size());
        var next = new AtomicInteger();
        // each worker takes the next item until none is left: never more than `bound` items at once
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                results.set(i, work.apply(items.get(i)));
            }
        };
        int workers = Math.min(bound, items.size());
        if (workers <= 1) {
            worker.run(); // one item, or one at a time: no thread to wait for
        } else {
            CompletableFuture.allOf(IntStream.range(0, workers).mapToObj(w -> CompletableFuture.runAsync(worker, executor))
                    .toArray(CompletableFuture[]::new)).join();
        }
        return IntStream.range(0, items.size()).mapToObj(results::get).toList();
    }
}
