package io.hyperchain.jobs;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Semaphore;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's job threads are the container's: jobs run on the managed executor, so they see CDI,
 * JNDI and the container's transactions. Public: Quartz configures it by reflection.
 */
public final class ManagedThreadPool implements ThreadPool {

    private final ManagedExecutorService executor;
    private final int size;
    private final Semaphore free;

    public ManagedThreadPool(ManagedExecutorService executor, int size) {
        this.executor = executor;
        this.size = size;
        this.free = new Semaphore(size);
    }

    @Override
    public boolean runInThread(Runnable runnable) {
        free.acquireUninterruptibly();
        try {
            executor.execute(() -> {
                try {
                    runnable.run();
                } finally {
                    free.release();
                }
            });
            return true;
        } catch (RuntimeException rejected) {
            free.release();
            return false;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        free.acquireUninterruptibly();
        free.release();
        return Math.max(1, free.availablePermits());
    }

    @Override
    public void initialize() {
        // the container owns the threads
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        // the container owns the threads
    }

    @Override
    public int getPoolSize() {
        return size;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // the container names its threads
    }

    @Override
    public void setInstanceName(String schedName) {
        // the container names its threads
    }
}
