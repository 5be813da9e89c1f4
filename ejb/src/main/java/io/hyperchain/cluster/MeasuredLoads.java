package io.hyperchain.cluster;

import io.hyperchain.placement.Load;
import io.hyperchain.placement.NodeAverage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Nodes' measured average load over a period, as metering knows it. Declared here and provided by
 * metering, so that the cluster, which metering samples, does not depend on metering.
 */
public interface MeasuredLoads {

    List<NodeAverage> averagesOf(Collection<Long> nodeIds, Instant from, Instant to);

    /**
     * Every node's average over a recent window [from, to) at minute precision, for the nodes
     * sampled in it (P1.2: the load placement judges); one grouped read.
     */
    Map<Long, Load> windowAverages(Instant from, Instant to);
}
