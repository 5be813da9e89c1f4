package io.hyperchain.environment;

import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A power action on every container of one of the tenant's groups (P4.2, sql/V28): each member goes
 * through {@link WorkloadPower} by its workload's id, exactly as one container alone would (its own plan,
 * rules, engine call, record and audit), and answers for itself. Holds no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GroupPower {

    /**
     * Members powered at once. In parallel because a group's containers sit on different engines (one
     * per node) and a shutdown or a reboot may wait 10 s for its processes: in turn, a group of six would
     * keep the request a minute. Bounded because each member's plan takes the environment's row lock in
     * turn anyway, and the managed executor is shared with starts and moves: a big group must not take
     * all its threads.
     */
    static final int AT_ONCE = 4;

    private static final Logger LOG = Logger.getLogger(GroupPower.class.getName());

    /** What the group's action did, and the environment afterwards. */
    public record Result(EnvironmentView environment, GroupOutcome outcome) {
    }

    @Inject
    EnvironmentQueries queries;

    @Inject
    WorkloadPower power;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    /**
     * Does the action the API names by {@code word} to every container of the tenant's group, in this
     * order: 400 {@code group.invalid}; 404 {@code group.notFound} when the tenant has no container in
     * the group now (none while its environment is stopped); 400 {@code action.unknown}. Then every
     * member is tried, and each answers: done, nothing to do, or the error code it would have had alone.
     */
    public Result act(TenantContext tenant, String group, String word) {
        GroupName name = GroupName.of(group);
        var members = queries.groupMembers(tenant, name);
        if (members.isEmpty()) {
            // the name is not echoed: the 404 reads the same whatever was asked
            throw new DomainException(Problem.NOT_FOUND, "group.notFound", "group", "You have no container in this group.");
        }
        PowerAction action = WorkloadPower.action(word);
        var outcome = new GroupOutcome(name, action,
                BoundedFanOut.map(members, AT_ONCE, executor, member -> member(tenant, member, action)));
        audit.record(tenant.tenantId(), tenant.actor(), "group.power", "tenant " + tenant.tenantId() + " group " + name + ": "
                + action.word() + ", " + outcome.summary());
        return new Result(queries.view(tenant), outcome);
    }

    private GroupOutcome.MemberResult member(TenantContext tenant, WorkloadGroups.Member member, PowerAction action) {
        try {
            return GroupOutcome.MemberResult.done(power.powerWorkload(tenant, member.workloadId(), action));
        } catch (DomainException e) {
            return GroupOutcome.MemberResult.failed(member.nodeId(), member.workloadId(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            // our bug or the database gone: this member says so, as the API would for a container alone
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "incident " + incident + ": " + action.word() + " of workload " + member.workloadId(), e);
            return GroupOutcome.MemberResult.failed(member.nodeId(), member.workloadId(), "internal",
                    "Something went wrong on our side (incident " + incident + "). Please try again.");
        }
    }
}
