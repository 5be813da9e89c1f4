package io.hyperchain.cluster;

import io.hyperchain.placement.NodeAverage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Nodes' measured average load over a period, as metering knows it. Declared here and provided by
 * metering, so that the cluster, which metering samples, does not depend on metering.
 */
public interface MeasuredLoads {

    List<NodeAverage> averagesOf(Collection<Long> nodeIds, Instant from, Instant to);
}
