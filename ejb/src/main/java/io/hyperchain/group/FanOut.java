package io.hyperchain.group;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one action to many members at once (P4.4: one command, an answer per member), on the
 * caller's executor: at most {@code parallelism} members at a time, each given {@code timeout} from
 * its turn (on the caller's timer); a member that does not answer in time is TIMED_OUT and the next
 * one takes its turn. Each answer is handed over as it comes, on the executor, exactly once per
 * member. Nothing here blocks a thread while it waits, and nothing runs on a thread of the JDK's
 * own (a container's executor may refuse the context of one, so both the executor and the timer are
 * the caller's).
 *
 * <p>A member past its timeout may still be busy (an engine call cannot be taken back): its thread
 * is the executor's until that call gives up, so the actions should carry timeouts of their own.
 */
public final class FanOut<T> {

    private static final Logger LOG = Logger.getLogger(FanOut.class.getName());

    private final Queue<T> waiting;
    private final int parallelism;
    private final Duration timeout;
    private final Executor executor;
    private final ScheduledExecutorService timer;
    private final Function<T, MemberOutcome> action;
    private final BiConsumer<T, MemberOutcome> answered;
    private final AtomicInteger left;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private FanOut(List<T> members, int parallelism, Duration timeout, Executor executor, ScheduledExecutorService timer,
                   Function<T, MemberOutcome> action, BiConsumer<T, MemberOutcome> answered) {
        if (parallelism < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("parallelism " + parallelism + ", timeout " + timeout);
        }
        this.waiting = new ConcurrentLinkedQueue<>(members);
        this.parallelism = parallelism;
        this.timeout = timeout;
        this.executor = executor;
        this.timer = timer;
        this.action = action;
        this.answered = answered;
        this.left = new AtomicInteger(members.size());
    }

    /**
     * Starts the action on every member and returns at once; the future completes when every
     * member's answer has been handed to {@code answered}.
     */
    public static <T> CompletableFuture<Void> run(List<T> members, int parallelism, Duration timeout, Executor executor,
                                                  ScheduledExecutorService timer, Function<T, MemberOutcome> action,
                                                  BiConsumer<T, MemberOutcome> answered) {
        var fanOut = new FanOut<>(members, parallelism, timeout, executor, timer, action, answered);
        if (members.isEmpty()) {
            fanOut.done.complete(null);
        }
        for (int i = 0; i < Math.min(fanOut.parallelism, members.size()); i++) {
            fanOut.next();
        }
        return fanOut.done;
    }

    /** Gives the next waiting member its turn; each answer hands the turn on. */
    private void next() {
        T member = waiting.poll();
        if (member == null) {
            return;
        }
        CompletableFuture<MemberOutcome> attempt;
        try {
            attempt = CompletableFuture.supplyAsync(() -> action.apply(member), executor);
        } catch (RejectedExecutionException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        ScheduledFuture<?> deadline = deadline(attempt);
        // the first of answer and timeout wins; whichever it is completes the attempt once
        attempt.whenComplete((outcome, error) -> {
            if (deadline != null) {
                deadline.cancel(false);
            }
            handOver(member, outcomeOf(outcome, error));
        });
    }

    /** Times the attempt out after {@code timeout}; null when the timer refuses (the action's own timeouts end it then). */
    private ScheduledFuture<?> deadline(CompletableFuture<MemberOutcome> attempt) {
        if (attempt.isDone()) {
            return null;
        }
        try {
            Runnable expire = () -> attempt.completeExceptionally(new TimeoutException());
            return timer.schedule(expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "no timer for a group command's member: it ends when its own calls time out", e);
            return null;
        }
    }

    /** The answer goes to the executor, where the caller's work may run (a timeout fires on the timer's thread). */
    private void handOver(T member, MemberOutcome outcome) {
        try {
            executor.execute(() -> report(member, outcome));
        } catch (RejectedExecutionException shuttingDown) {
            report(member, outcome);
        }
    }

    private void report(T member, MemberOutcome outcome) {
        try {
            answered.accept(member, outcome);
        } catch (RuntimeException e) {
            // the member stays PENDING where it is kept, and is shown TIMED_OUT after the deadline
            LOG.log(Level.WARNING, "the answer of " + member + " (" + outcome.state() + ") was not kept", e);
        } finally {
            next();
            if (left.decrementAndGet() == 0) {
                done.complete(null);
            }
        }
    }

    private MemberOutcome outcomeOf(MemberOutcome outcome, Throwable error) {
        if (error == null) {
            return outcome == null ? MemberOutcome.failed("no answer") : outcome;
        }
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            return MemberOutcome.timedOut(timeout);
        }
        return MemberOutcome.failed(describe(cause));
    }

    /** The deepest cause's message, for people (the actions put their own failures into words first). */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? "failed without saying why" : message;
    }
}
