package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One action to many members: bounded, each within its timeout, every answer handed over once. */
class FanOutTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    /** Released at the end: a member that "hangs" waits on it, so no thread outlives the test. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
        timer.shutdownNow();
    }

    private Map<String, MemberOutcome> run(List<String> members, int parallelism, Duration timeout,
                                           Function<String, MemberOutcome> action) throws Exception {
        Map<String, MemberOutcome> answers = new ConcurrentHashMap<>();
        List<String> twice = new CopyOnWriteArrayList<>();
        FanOut.run(members, parallelism, timeout, threads, timer, action, (member, outcome) -> {
            if (answers.putIfAbsent(member, outcome) != null) {
                twice.add(member);
            }
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), twice, "every member is answered once");
        return answers;
    }

    private MemberOutcome hang() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return MemberOutcome.ok("too late");
    }

    @Test
    void anOkAFailureAndOneThatHangsPastTheTimeoutAreEachReportedWhileTheOthersFinish() throws Exception {
        var answers = run(List.of("ok", "fails", "hangs", "throws"), 4, Duration.ofMillis(300), member -> switch (member) {
            case "ok" -> MemberOutcome.ok("done");
            case "fails" -> MemberOutcome.failed("the engine said no");
            case "hangs" -> hang();
            default -> throw new IllegalStateException("connection refused");
        });
        assertEquals(ResultState.OK, answers.get("ok").state());
        assertEquals("done", answers.get("ok").message());
        assertEquals(ResultState.FAILED, answers.get("fails").state());
        assertEquals("the engine said no", answers.get("fails").message());
        assertEquals(ResultState.TIMED_OUT, answers.get("hangs").state());
        assertEquals(ResultState.FAILED, answers.get("throws").state());
        assertEquals("connection refused", answers.get("throws").message(), "an exception's message, not its class");
    }

    @Test
    void theOthersAreAnsweredBeforeTheHangingOneTimesOut() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        FanOut.run(List.of("hangs", "a", "b"), 3, Duration.ofMillis(500), threads, timer,
                member -> member.equals("hangs") ? hang() : MemberOutcome.ok(member),
                (member, outcome) -> order.add(member)).get(10, TimeUnit.SECONDS);
        assertEquals("hangs", order.get(2), order::toString);
    }

    @Test
    void noMoreThanTheParallelismWorkAtOnceAndEveryMemberHasItsTurn() throws Exception {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var firstTwoStarted = new CountDownLatch(2); // the first two meet, so they surely overlap
        var members = List.of("a", "b", "c", "d", "e", "f", "g");
        var answers = run(members, 2, Duration.ofSeconds(5), member -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            firstTwoStarted.countDown();
            try {
                firstTwoStarted.await(2, TimeUnit.SECONDS);
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return MemberOutcome.ok(member);
        });
        assertEquals(members.size(), answers.size());
        assertEquals(2, most.get(), "two at a time");
    }

    @Test
    void aMemberThatTimesOutHandsItsTurnOnSoTheRestStillRun() throws Exception {
        var answers = run(List.of("hangs", "a", "b"), 1, Duration.ofMillis(200),
                member -> member.equals("hangs") ? hang() : MemberOutcome.ok(member));
        assertEquals(ResultState.TIMED_OUT, answers.get("hangs").state());
        assertEquals(ResultState.OK, answers.get("a").state());
        assertEquals(ResultState.OK, answers.get("b").state());
    }

    @Test
    void answersAreHandedOverOnTheExecutorEvenAfterATimeout() throws Exception {
        List<String> handedOn = new CopyOnWriteArrayList<>();
        ExecutorService named = Executors.newCachedThreadPool(task -> new Thread(task, "managed-" + task.hashCode()));
        try {
            FanOut.run(List.of("hangs", "ok"), 2, Duration.ofMillis(200), named, timer,
                    member -> member.equals("hangs") ? hang() : MemberOutcome.ok(member),
                    (member, outcome) -> handedOn.add(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            named.shutdownNow();
        }
        assertEquals(2, handedOn.size());
        assertTrue(handedOn.stream().allMatch(name -> name.startsWith("managed-")), handedOn::toString);
    }

    @Test
    void aKeeperThatFailsLosesThatAnswerOnlyAndTheRestGoOn() throws Exception {
        List<String> kept = new CopyOnWriteArrayList<>();
        FanOut.run(List.of("a", "b", "c"), 1, Duration.ofSeconds(5), threads, timer, MemberOutcome::ok, (member, outcome) -> {
            if (member.equals("a")) {
                throw new IllegalStateException("database down");
            }
            kept.add(member);
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("b", "c"), kept);
    }

    @Test
    void theTimeoutIsKeptByTheCallersTimer() throws Exception {
        var scheduled = new AtomicInteger();
        ScheduledExecutorService ownTimer = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                scheduled.incrementAndGet();
                return super.schedule(command, delay, unit);
            }
        };
        List<ResultState> states = new CopyOnWriteArrayList<>();
        try {
            FanOut.run(List.of("hangs"), 1, Duration.ofMillis(100), threads, ownTimer, member -> hang(),
                    (member, outcome) -> states.add(outcome.state())).get(10, TimeUnit.SECONDS);
        } finally {
            ownTimer.shutdownNow();
        }
        assertEquals(List.of(ResultState.TIMED_OUT), states);
        assertEquals(1, scheduled.get());
    }

    @Test
    void aTimerThatRefusesLeavesTheAnswerToTheActionItself() throws Exception {
        ScheduledExecutorService stopped = Executors.newSingleThreadScheduledExecutor();
        stopped.shutdown();
        var answers = new ConcurrentHashMap<String, MemberOutcome>();
        FanOut.run(List.of("a"), 1, Duration.ofMillis(100), threads, stopped, member -> MemberOutcome.ok("done"), answers::put)
                .get(10, TimeUnit.SECONDS);
        assertEquals(ResultState.OK, answers.get("a").state());
    }

    @Test
    void noMembersIsDoneAtOnce() throws Exception {
        assertTrue(run(List.of(), 8, Duration.ofSeconds(1), MemberOutcome::ok).isEmpty());
    }

    @Test
    void anExecutorThatRefusesWorkFailsTheMembersInsteadOfLosingThem() throws Exception {
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        Map<String, MemberOutcome> answers = new ConcurrentHashMap<>();
        FanOut.run(List.of("a", "b"), 2, Duration.ofSeconds(1), closed, timer, MemberOutcome::ok, answers::put)
                .get(10, TimeUnit.SECONDS);
        assertEquals(ResultState.FAILED, answers.get("a").state());
        assertEquals(ResultState.FAILED, answers.get("b").state());
    }
}
