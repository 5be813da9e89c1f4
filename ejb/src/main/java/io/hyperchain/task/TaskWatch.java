package io.hyperchain.task;

import io.hyperchain.cluster.Node;
import io.hyperchain.environment.DesiredState;
import io.hyperchain.environment.WorkloadState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The task manager's part of each node-health pass, after the reconciler: records how running
 * tasks ended (a task lost with its container included), starts lost services again elsewhere,
 * and keeps an hc relay in every running leader container. Each step is its own transaction:
 * one tenant's trouble is not another's, and two portal instances doing it at once restart a
 * service once (sql/V29's unique restarted_from).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskWatch {

    private static final Logger LOG = Logger.getLogger(TaskWatch.class.getName());
    /** Lost services older than this are history, not work to restart. */
    static final Duration RESTART_WITHIN = Duration.ofHours(1);

    /** What a pass did. */
    public record Outcome(int tenants, int lostServices, int restarted, int relays) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Tasks tasks;

    @Inject
    TaskRelays relays;

    @Inject
    Clock clock;

    public Outcome pass() {
        var tenants = tasks.tenantsRunning();
        for (long tenant : tenants) {
            try {
                tasks.settleAll(tenant);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the tasks of tenant " + tenant + " were not settled", e);
            }
        }
        var lost = em.createQuery("select t.id from Task t where t.state = :lost and t.kind = :service and t.endedAt > :since "
                        + "and not exists (select r.id from Task r where r.restartedFrom = t.id) order by t.id", Long.class)
                .setParameter("lost", TaskState.LOST).setParameter("service", TaskKind.SERVICE)
                .setParameter("since", Instant.now(clock).minus(RESTART_WITHIN)).getResultList();
        int restarted = 0;
        for (long id : lost) {
            try {
                if (tasks.restart(id).isPresent()) {
                    restarted++;
                }
            } catch (RuntimeException anotherInstanceDidIt) {
                LOG.log(Level.FINE, "service task " + id + " was not started again here", anotherInstanceDidIt);
            }
        }
        return new Outcome(tenants.size(), lost.size(), restarted, ensureRelays());
    }

    /** An hc relay in each running environment's leader container; answers how many this instance serves. */
    private int ensureRelays() {
        var leaders = em.createQuery("select e.tenantId, w.hostNodeId, w.containerId from Environment e, Workload w "
                        + "where w.environmentId = e.id and w.nodeId = e.leaderNodeId and e.desiredState = :running "
                        + "and w.state = :up and w.containerId is not null", Object[].class)
                .setParameter("running", DesiredState.RUNNING).setParameter("up", WorkloadState.RUNNING).getResultList();
        for (Object[] leader : leaders) {
            Node host = em.find(Node.class, leader[1]);
            relays.ensure((Long) leader[0], host.dockerHost(), (String) leader[2], false);
        }
        return relays.open();
    }
}
