package io.hyperchain.metering;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.placement.Load;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * P4.3: one sampling pass: every node's engine is asked (all at once) what its containers use,
 * normalised by the node's declared capacity, and which tenants' containers run there (the hours a
 * tenant ran, for averaging over usage hours). A node that does not answer gets a missing sample,
 * never a zero. The pass reports its own cost (P3.2).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoadSampler {

    static final long GIB = 1024L * 1024 * 1024;
    static final long PASS_BUDGET_SECONDS = 10;

    @Inject
    LoadStore store;

    @Inject
    DockerGateway docker;

    @Inject
    Clock clock;

    @Inject
    io.hyperchain.shared.Installation installation;

    @Resource
    ManagedExecutorService executor;

    /** What one pass did and what it cost. */
    public record Outcome(int nodes, int missing, long wallMillis, long cpuMillis) {
    }

    public Outcome sample() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Instant at = Instant.now(clock);
        List<Node> nodes = store.nodes();
        String installationId = installation.id();
        var measurements = nodes.stream()
                .map(node -> CompletableFuture.supplyAsync(() -> measure(node, installationId), executor)
                        .completeOnTimeout(new Measured(Optional.empty(), java.util.Set.of(), 0), PASS_BUDGET_SECONDS,
                                TimeUnit.SECONDS))
                .toList();
        List<SampleBatch.Sample> samples = new ArrayList<>();
        long workerCpuNanos = 0;
        int missing = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Measured measured = measurements.get(i).join();
            workerCpuNanos += measured.cpuNanos();
            if (measured.load().isEmpty()) {
                missing++;
            }
            samples.add(new SampleBatch.Sample(nodes.get(i).id(), at, measured.load(), measured.tenants()));
        }
        store.save(samples);
        long cpu = (threads.getCurrentThreadCpuTime() - startCpu + workerCpuNanos) / 1_000_000;
        return new Outcome(nodes.size(), missing, (System.nanoTime() - start) / 1_000_000, cpu);
    }

    private record Measured(Optional<Load> load, java.util.Set<Long> tenants, long cpuNanos) {
    }

    private Measured measure(Node node, String installationId) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        try {
            var usage = docker.usage(node.dockerHost(), installationId);
            var capacity = node.capacity();
            var load = new Load(usage.cores() / capacity.cpu(),
                    (double) usage.memoryBytes() / (capacity.memoryGiB() * GIB),
                    (double) usage.diskBytes() / (capacity.diskGiB() * GIB));
            return new Measured(Optional.of(load), usage.tenants(), threads.getCurrentThreadCpuTime() - before);
        } catch (RuntimeException e) {
            return new Measured(Optional.empty(), java.util.Set.of(), threads.getCurrentThreadCpuTime() - before);
        }
    }
}
