package io.hyperchain.healing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/** The rows rebalancing keeps between rounds (sql/V21): the imbalance streak; and the spare an overload makes. */
@Stateless
public class BalanceStreaks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public int current() {
        return ((Number) em.createNativeQuery("select samples from balance_streak where id = 1").getSingleResult()).intValue();
    }

    /** Stores the streak after this round's sample; returns it. */
    public int record(int samples, double imbalance) {
        em.createNativeQuery("update balance_streak set samples = ?1, imbalance = ?2, updated_at = ?3 where id = 1")
                .setParameter(1, samples).setParameter(2, imbalance).setParameter(3, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        return samples;
    }

    /**
     * P1.12: the overloaded node becomes the spare for the rest of the period (the newest election
     * is the spare); it keeps its tenants and takes no new one. Returns the node.
     */
    public long makeSpare(long nodeId, Instant at) {
        em.createNativeQuery("insert into spare_election (period_key, node_id, average_load, elected_at) values (?1, ?2, 1, ?3) "
                        + "on duplicate key update node_id = node_id")
                .setParameter(1, "overload-" + nodeId + "-" + at.getEpochSecond())
                .setParameter(2, nodeId).setParameter(3, Timestamp.from(at)).executeUpdate();
        return nodeId;
    }
}
