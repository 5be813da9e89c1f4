package io.hyperchain.cluster;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.placement.KeptMeasurements;
import io.hyperchain.placement.KeptPlacement;
import io.hyperchain.placement.KeptPlacement.CountedNode;
import io.hyperchain.placement.KeptPlacement.Reservation;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.PlacementEngine;
import io.hyperchain.placement.PlacementQuery;
import io.hyperchain.settings.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * This portal instance's placement pool ({@link KeptPlacement}), read lazily from the database and
 * kept in step with it by the placement epoch (sql/V17). It decides; {@link PlacementCommit}
 * guards the commit. Nodes' measured loads over the {@code loadWindowMinutes} setting are read
 * apart from the epoch, for every node in one grouped read of the rollups, at most once per
 * sampling interval ({@link KeptMeasurements}); a changed window shows from the next read.
 */
@ApplicationScoped
public class PlacementPool {

    /** How long a refusal waits at most for this instance's decisions in flight to settle. */
    static final Duration REFUSAL_WAIT = Duration.ofSeconds(5);

    @Inject
    NodeLoads loads;

    @Inject
    MeasuredLoads measuredLoads;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    private KeptPlacement kept;

    @PostConstruct
    void init() {
        kept = new KeptPlacement(PlacementEngine.standard(), new KeptPlacement.Source() {
            @Override
            public long epoch() {
                return loads.epoch();
            }

            @Override
            public KeptPlacement.Cloud cloud() {
                return loads.cloud();
            }

            @Override
            public Optional<Set<Long>> changed(long after, long upTo) {
                return loads.changed(after, upTo);
            }

            @Override
            public List<CountedNode> nodes(Set<Long> ids) {
                return loads.nodes(ids);
            }

            @Override
            public Map<Long, Load> measured() {
                Instant now = Instant.now(clock);
                // to a second ahead: the row of the minute under way is read even at its first instant
                return measuredLoads.windowAverages(now.minus(settings.all().loadWindow()), now.plusSeconds(1));
            }
        }, REFUSAL_WAIT, new KeptMeasurements(clock, KeptMeasurements.SAMPLING_INTERVAL));
    }

    public Reservation reserve(PlacementQuery query, BaseAllotment base, boolean mayWait) {
        return kept.reserve(query, base, mayWait);
    }

    public boolean stillAdmitted(Reservation reservation, List<CountedNode> counted, PlacementQuery query,
                                 BaseAllotment base) {
        return kept.stillAdmitted(reservation, counted, query, base);
    }

    public void committed(Reservation reservation, List<CountedNode> counted, long epochAfter) {
        kept.committed(reservation, counted, epochAfter);
    }

    public void cancel(Reservation reservation) {
        kept.cancel(reservation);
    }

    public void doubt(Collection<Long> nodeIds) {
        kept.doubt(nodeIds);
    }

    /** The tenants on these nodes as the database holds them now, from the pool (one epoch read when nothing changed). */
    public Map<Long, Integer> tenantsOn(Collection<Long> nodeIds, BaseAllotment base) {
        return kept.tenantsOn(nodeIds, base);
    }
}
