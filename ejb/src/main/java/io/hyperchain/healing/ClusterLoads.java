package io.hyperchain.healing;

import io.hyperchain.cluster.MeasuredLoads;
import io.hyperchain.cluster.NodeLoads;
import io.hyperchain.placement.KeptPlacement.CountedNode;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.NodeSnapshot;
import io.hyperchain.settings.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every node as healing and balancing judge it now: its facts, its tenants, whether it is the spare,
 * and its load as placement sees it (measured over the load window where sampled, else promised).
 * Failover, rebalancing and handoff read the same figures placement does.
 */
@ApplicationScoped
public class ClusterLoads {

    /** One node now. */
    public record Loaded(CountedNode counted, NodeSnapshot snapshot) {

        public long id() {
            return counted.id();
        }

        public Load load() {
            return snapshot.load();
        }

        /** Up, in service, not draining and not the spare: may be given work. */
        public boolean acceptsWork() {
            return snapshot.active() && !snapshot.draining() && !snapshot.spare();
        }
    }

    @Inject
    NodeLoads nodes;

    @Inject
    MeasuredLoads measured;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    public List<Loaded> now() {
        var values = settings.all();
        var cloud = nodes.cloud();
        var base = values.baseAllotment();
        Instant now = Instant.now(clock);
        var averages = measured.windowAverages(now.minus(values.loadWindow()), now);
        return cloud.nodes().stream().map(counted -> {
            boolean spare = cloud.spare().isPresent() && cloud.spare().getAsLong() == counted.id();
            return new Loaded(counted, counted.facts().snapshot(counted.tenants(), base, spare,
                    Optional.ofNullable(averages.get(counted.id()))));
        }).toList();
    }
}
