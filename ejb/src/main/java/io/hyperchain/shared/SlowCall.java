package io.hyperchain.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Times a call to a node and logs it when it took longer than {@link #SLOW}, with the time of each
 * step: an operator's first clue when starts on a node are slow. Use with try-with-resources.
 */
public final class SlowCall implements AutoCloseable {

    public static final Duration SLOW = Duration.ofSeconds(5);

    private final Logger log;
    private final String what;
    private final long begin = System.nanoTime();
    private long last = begin;
    private final List<String> steps = new ArrayList<>();

    private SlowCall(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    public static SlowCall start(Logger log, String what) {
        return new SlowCall(log, what);
    }

    /** Marks the end of one step (its time is told apart in the log line). */
    public void step(String name) {
        long now = System.nanoTime();
        steps.add(name + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    /** What a slow call's log line says; null when the call was not slow. */
    String report(long endNanos) {
        long millis = (endNanos - begin) / 1_000_000;
        if (millis <= SLOW.toMillis()) {
            return null;
        }
        return what + " took " + millis + " ms" + (steps.isEmpty() ? "" : " (" + String.join(", ", steps) + ")");
    }

    @Override
    public void close() {
        String line = report(System.nanoTime());
        if (line != null) {
            log.warning(line);
        }
    }
}
