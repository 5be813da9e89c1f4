package io.hyperchain.shared;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time a thread has used, for work that measures its own cost (the load sampler, P3.2). Per
 * thread, not the process's: the process's time would also count every page, request and job that
 * ran meanwhile in the same JVM. 0 where the JVM does not measure thread CPU time.
 */
public final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** The calling thread's CPU time so far, in nanoseconds. */
    public static long current() {
        return Math.max(0, THREADS.getCurrentThreadCpuTime());
    }

    /** Another live thread's CPU time so far, in nanoseconds; 0 once it has ended. */
    public static long of(Thread thread) {
        return Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
    }
}
