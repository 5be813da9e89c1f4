package io.hyperchain.environment;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tenant's groups of its containers (sql/V28), read and written in the caller's transaction. */
public final class WorkloadGroups {

    /** A container of a group: its workload, and its node (as the dashboard draws it). */
    public record Member(long workloadId, long nodeId) {
    }

    private WorkloadGroups() {
    }

    /** The group name of each of the tenant's nodes that has one. */
    static Map<Long, String> byNode(EntityManager em, long tenantId) {
        return em.createQuery("select g from WorkloadGroup g where g.tenantId = :tenant", WorkloadGroup.class)
                .setParameter("tenant", tenantId).getResultList().stream()
                .collect(Collectors.toMap(WorkloadGroup::nodeId, WorkloadGroup::name));
    }

    /** The tenant's containers in this group now, by node; none while its environment is stopped. */
    static List<Member> members(EntityManager em, long tenantId, GroupName name) {
        return em.createQuery("select w from Workload w, Environment e, WorkloadGroup g where w.environmentId = e.id "
                        + "and e.tenantId = :tenant and g.tenantId = :tenant and g.nodeId = w.nodeId and g.name = :name "
                        + "order by w.nodeId", Workload.class)
                .setParameter("tenant", tenantId).setParameter("name", name.value()).getResultList().stream()
                .map(w -> new Member(w.id(), w.nodeId()))
                .toList();
    }

    /** Puts the tenant's container on this node in the group, or in none. */
    static void put(EntityManager em, long tenantId, long nodeId, GroupName name, Instant at) {
        var found = em.createQuery("select g from WorkloadGroup g where g.tenantId = :tenant and g.nodeId = :node",
                        WorkloadGroup.class)
                .setParameter("tenant", tenantId).setParameter("node", nodeId).getResultList();
        if (name == null) {
            found.forEach(em::remove);
        } else if (found.isEmpty()) {
            em.persist(new WorkloadGroup(tenantId, nodeId, name, at));
        } else {
            found.get(0).rename(name, at);
        }
    }

    /**
     * Forgets the tenant's groups on every node but these (at a start: the nodes it holds and those its
     * environment runs on). A node given back and later placed with the tenant again comes without the
     * group it once had, and a group's power never reaches a container the tenant did not put in it.
     */
    static void forgetAllBut(EntityManager em, long tenantId, Collection<Long> nodeIds) {
        em.createQuery("delete from WorkloadGroup g where g.tenantId = :tenant and g.nodeId not in :nodes")
                .setParameter("tenant", tenantId).setParameter("nodes", nodeIds).executeUpdate();
    }
}
