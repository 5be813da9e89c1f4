package io.hyperchain.metering;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.placement.Load;
import io.hyperchain.shared.ThreadCpu;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * P4.3: one sampling pass: every node's engine is asked (all at once) what its containers use,
 * normalised by the node's declared capacity, and which tenants' containers run there (the hours a
 * tenant ran, for averaging over usage hours). The same answer gives each tenant's container its own
 * sample ({@link ContainerSamples}): one reading per engine serves both. A node that does not answer
 * gets a missing sample, never a zero. The pass reports its own cost (P3.2).
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

    /**
     * What one pass did and what it cost: {@code cpu} is the CPU time of every thread that worked
     * on it (this one, one worker per node, docker-java's stream thread per container stats call),
     * summed per thread ({@link ThreadCpu}).
     */
    public record Outcome(int nodes, int missing, int containers, long wallMillis, Duration cpu) {

        public long cpuMillis() {
            return cpu.toMillis();
        }
    }

    public Outcome sample() {
        long startCpu = ThreadCpu.current();
        long start = System.nanoTime();
        Instant at = Instant.now(clock);
        List<Node> nodes = store.nodes();
        String installationId = installation.id();
        var measurements = nodes.stream()
                .map(node -> CompletableFuture.supplyAsync(() -> measure(node, at, installationId), executor)
                        .completeOnTimeout(Measured.NONE, PASS_BUDGET_SECONDS, TimeUnit.SECONDS))
                .toList();
        List<SampleBatch.Sample> samples = new ArrayList<>();
        List<ContainerSample> containers = new ArrayList<>();
        long workerCpuNanos = 0;
        int missing = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Measured measured = measurements.get(i).join();
            workerCpuNanos += measured.cpuNanos();
            if (measured.load().isEmpty()) {
                missing++;
            }
            samples.add(new SampleBatch.Sample(nodes.get(i).id(), at, measured.load(), measured.tenants()));
            containers.addAll(measured.containers());
        }
        var counted = ContainerSamples.newestEpochs(containers);
        store.save(samples, counted);
        long cpu = ThreadCpu.current() - startCpu + workerCpuNanos;
        return new Outcome(nodes.size(), missing, counted.size(), (System.nanoTime() - start) / 1_000_000,
                Duration.ofNanos(cpu));
    }

    private record Measured(Optional<Load> load, Set<Long> tenants, List<ContainerSample> containers, long cpuNanos) {

        /** A node whose worker did not finish within the pass's budget: missing, its cost unknown. */
        static final Measured NONE = new Measured(Optional.empty(), Set.of(), List.of(), 0);
    }

    private Measured measure(Node node, Instant at, String installationId) {
        long before = ThreadCpu.current();
        try {
            var reading = docker.readContainers(node.dockerHost());
            var usage = DockerGateway.Usage.of(reading.containers(), installationId);
            var capacity = node.capacity();
            var load = new Load(usage.cores() / capacity.cpu(),
                    (double) usage.memoryBytes() / (capacity.memoryGiB() * GIB),
                    (double) usage.diskBytes() / (capacity.diskGiB() * GIB));
            var containers = ContainerSamples.onHost(node.id(), at, reading.containers(), installationId);
            return new Measured(Optional.of(load), usage.tenants(), containers,
                    ThreadCpu.current() - before + reading.streamCpuNanos());
        } catch (RuntimeException e) {
            return new Measured(Optional.empty(), Set.of(), List.of(), ThreadCpu.current() - before);
        }
    }
}
