package io.hyperchain.bench;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.placement.NodeCount;
import io.hyperchain.placement.NodeCountPolicy;
import io.hyperchain.placement.ResourceRequest;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** P1.1 node counts per second over 1,024 seeded requests taken in turn. See docs/benchmarks.md. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class NodeCountBenchmark {

    private static final int REQUESTS = 1024;

    private final BaseAllotment base = BaseAllotment.DEFAULT;
    private final ResourceRequest[] requests = new ResourceRequest[REQUESTS];
    private int next;

    @Setup
    public void makeRequests() {
        var random = new Random(20_240_601L);
        for (int i = 0; i < REQUESTS; i++) {
            requests[i] = new ResourceRequest(1 + random.nextInt(64), 1 + random.nextInt(256),
                    1 + random.nextInt(2000), 1 + random.nextInt(24));
        }
    }

    @Benchmark
    public NodeCount nodeCount() {
        next = (next + 1) & (REQUESTS - 1);
        return NodeCountPolicy.nodeCount(requests[next], base);
    }
}
