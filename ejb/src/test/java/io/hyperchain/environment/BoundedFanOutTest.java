package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A group's members are powered a few at a time, and answer in their order. */
class BoundedFanOutTest {

    private ExecutorService executor;

    @BeforeEach
    void threads() {
        executor = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void noThreadsLeft() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void theResultsComeInTheItemsOrderWhateverFinishesFirst() {
        var items = List.of(50, 0, 30, 10, 20, 0);
        var results = BoundedFanOut.map(items, 3, executor, millis -> {
            sleep(millis);
            return "item " + millis;
        });
        assertEquals(items.stream().map(m -> "item " + m).toList(), results);
    }

    @Test
    void neverMoreThanTheBoundAtOnceAndTheBoundIsReached() {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var items = IntStream.range(0, 12).boxed().toList();
        BoundedFanOut.map(items, 4, executor, i -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(20);
            running.decrementAndGet();
            return i;
        });
        assertTrue(most.get() <= 4, "at most 4 at once, saw " + most.get());
        assertTrue(most.get() >= 2, "in parallel, saw " + most.get());
    }

    @Test
    void theBoundAtOnceReallyRunTogether() throws InterruptedException {
        // four items wait for each other: only four at once lets all of them through
        var together = new CountDownLatch(4);
        var results = BoundedFanOut.map(List.of(1, 2, 3, 4), 4, executor, i -> {
            together.countDown();
            try {
                return together.await(5, TimeUnit.SECONDS) ? i : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        });
        assertEquals(List.of(1, 2, 3, 4), results);
    }

    @Test
    void oneItemOrOneAtATimeRunsInTheCallersThread() {
        Thread caller = Thread.currentThread();
        assertEquals(List.of(true), BoundedFanOut.map(List.of(1), 4, executor, i -> Thread.currentThread() == caller));
        assertEquals(List.of(true, true), BoundedFanOut.map(List.of(1, 2), 1, executor, i -> Thread.currentThread() == caller));
        assertEquals(List.of(), BoundedFanOut.map(List.<Integer>of(), 4, executor, i -> i));
    }

    @Test
    void aBoundBelowOneIsABug() {
        assertThrows(IllegalArgumentException.class, () -> BoundedFanOut.map(List.of(1), 0, executor, i -> i));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
