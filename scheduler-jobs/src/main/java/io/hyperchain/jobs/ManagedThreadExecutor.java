package io.hyperchain.jobs;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.quartz.spi.ThreadExecutor;

/** Runs Quartz's own scheduling loop on a container-managed thread. Public: Quartz reflects on it. */
public final class ManagedThreadExecutor implements ThreadExecutor {

    private final ManagedThreadFactory factory;

    public ManagedThreadExecutor(ManagedThreadFactory factory) {
        this.factory = factory;
    }

    @Override
    public void execute(Thread thread) {
        factory.newThread(thread).start();
    }

    @Override
    public void initialize() {
        // nothing to prepare
    }
}
