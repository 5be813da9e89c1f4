package io.hyperchain.metering;

import io.hyperchain.cluster.MeasuredLoads;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.NodeAverage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** {@link MeasuredLoads} from the load rollups. */
@ApplicationScoped
public class RollupLoads implements MeasuredLoads {

    @Inject
    LoadStore store;

    @Override
    public List<NodeAverage> averagesOf(Collection<Long> nodeIds, Instant from, Instant to) {
        return store.averagesOf(nodeIds, from, to);
    }

    @Override
    public Map<Long, Load> windowAverages(Instant from, Instant to) {
        return store.windowAverages(from, to);
    }
}
