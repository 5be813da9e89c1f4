package io.hyperchain.group;

import io.hyperchain.docker.DockerGateway;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * One command to a whole group (P4.4), an answer per member. Sending commits the command with every
 * member PENDING, then fans out on the container's executor ({@link FanOut}:
 * {@code groupCommandParallelism} nodes at a time, each within {@code groupCommandTimeoutSeconds})
 * and returns at once; each answer is written as it comes. No transaction is held while nodes work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GroupCommands {

    private static final Logger LOG = Logger.getLogger(GroupCommands.class.getName());

    @Inject
    NodeGroups groups;

    @Inject
    GroupCommandRows rows;

    @Inject
    PortalSettings settings;

    @Inject
    NodeCommandActions actions;

    @Resource
    ManagedExecutorService executor;

    /** Times each member's turn: its threads carry the application's context, unlike the JDK's own timer. */
    @Resource
    ManagedScheduledExecutorService timer;

    /** Sends the command to every node the group reaches; 409 {@code group.empty} when it reaches none. */
    public CommandView send(long groupId, CommandRequest request, String actor) {
        var values = settings.all();
        int parallelism = values.number(SettingKey.GROUP_COMMAND_PARALLELISM);
        var order = new Order(request.command(), request.argument(), actor, values.groupCommandTimeout());
        var target = groups.resolve(groupId);
        if (target.members().isEmpty()) {
            throw new DomainException(Problem.CONFLICT, "group.empty", null,
                    "Group " + target.groupName() + " and the groups in it hold no node: there is nobody to send it to.");
        }
        long commandId = rows.create(target, order, parallelism);
        // the work outlives this call: it holds the injected proxies, not this pooled instance
        var memberActions = actions;
        var commandRows = rows;
        FanOut.run(target.members(), parallelism, order.timeout(), executor, timer, member -> carryOut(memberActions, order, member),
                        (member, outcome) -> commandRows.record(commandId, member.nodeId(), outcome))
                .thenRun(() -> LOG.fine(() -> "group command " + commandId + " answered by every member"));
        return rows.view(commandId);
    }

    public CommandView read(long commandId) {
        return rows.view(commandId);
    }

    /** The last commands sent, newest first. */
    public List<CommandView> recent(int limit) {
        return rows.recent(limit);
    }

    /** One member's part: a failure it could not put into words is put into words here. */
    private static MemberOutcome carryOut(MemberActions actions, Order order, Member member) {
        try {
            return order.command().carryOut(actions, member, order);
        } catch (DomainException e) {
            return MemberOutcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            return MemberOutcome.failed(DockerGateway.problemOf(e));
        }
    }
}
