package io.hyperchain.environment;

import io.hyperchain.cluster.Node;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.template.TemplateCatalogue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Read side: a tenant's environment and where their shell goes. Always scoped by tenant. */
@Stateless
public class EnvironmentQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    TemplateCatalogue templates;

    /** The tenant's environment and its containers; STOPPED with none before its first start. */
    public EnvironmentView view(TenantContext tenant) {
        long tenantId = tenant.tenantId();
        var found = em.createQuery("select e from Environment e where e.tenantId = :tenant", Environment.class)
                .setParameter("tenant", tenantId).getResultList();
        if (found.isEmpty()) {
            return new EnvironmentView(DesiredState.STOPPED, null, null, null, List.of());
        }
        Environment environment = found.get(0);
        var own = new java.util.HashSet<>(em.createQuery(
                        "select a.nodeId from Assignment a where a.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getResultList());
        var groups = WorkloadGroups.byNode(em, tenantId);
        var containers = em.createQuery("select w from Workload w where w.environmentId = :env order by w.nodeId",
                        Workload.class)
                .setParameter("env", environment.id()).getResultList().stream()
                .map(w -> new EnvironmentView.Container(w.nodeId(), em.find(Node.class, w.nodeId()).name(), w.state(),
                        w.containerId(), w.problem(), w.cpu(), w.memoryGiB(),
                        Long.valueOf(w.nodeId()).equals(environment.leaderNodeId()), !own.contains(w.nodeId()),
                        w.hostNodeId(), em.find(Node.class, w.hostNodeId()).name(), w.isFailedOver(),
                        w.kind(), w.pinned(), w.power(), w.id(), groups.get(w.nodeId())))
                .toList();
        return new EnvironmentView(environment.desiredState(), environment.leaderNodeId(), environment.templateId(),
                templates.nameOf(environment.templateId()), containers);
    }

    /** The tenant's containers in this group now (sql/V28), by node; none while its environment is stopped. */
    public List<WorkloadGroups.Member> groupMembers(TenantContext tenant, GroupName group) {
        return WorkloadGroups.members(em, tenant.tenantId(), group);
    }
}
