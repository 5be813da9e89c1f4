package io.hyperchain.group;

import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The rows of group commands: written when a command is sent (every member PENDING), then once per
 * member as it answers, each in a short transaction of its own, so every portal instance reads the
 * progress from the database.
 */
@Stateless
public class GroupCommandRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    io.hyperchain.live.LiveEvents live;

    /** Records the command, every member PENDING, and the audit entry, together; returns its id. */
    public long create(GroupTarget target, Order order, int parallelism) {
        Instant now = Instant.now(clock);
        var run = new GroupCommandRun(target.groupId(), target.groupName(), order, now,
                CommandDeadline.of(now, target.members().size(), parallelism, order.timeout()));
        em.persist(run);
        em.flush();
        target.members().forEach(member -> em.persist(new CommandResult(run.id(), member)));
        audit.record(order.actor(), "group.command", "command " + run.id() + ": " + order.command().word() + " to group "
                + target.groupId() + " (" + target.groupName() + "), " + target.members().size() + " node(s)"
                + (order.argument() == null ? "" : ": " + order.argument()));
        return run.id();
    }

    /** Keeps one member's answer; an answer already kept (a second one, or after a restart) changes nothing. */
    public void record(long commandId, long nodeId, MemberOutcome outcome) {
        int kept = em.createQuery("update CommandResult r set r.state = :state, r.exitCode = :exitCode, r.output = :output, "
                        + "r.message = :message, r.finishedAt = :at "
                        + "where r.commandId = :command and r.nodeId = :node and r.state = :pending")
                .setParameter("state", outcome.state()).setParameter("exitCode", outcome.exitCode())
                .setParameter("output", outcome.output()).setParameter("message", outcome.message())
                .setParameter("at", Instant.now(clock)).setParameter("command", commandId).setParameter("node", nodeId)
                .setParameter("pending", ResultState.PENDING)
                .executeUpdate();
        if (kept > 0) { // the groups pages following this command show the answer as it comes (P4.5)
            live.publish(io.hyperchain.live.LiveEvent.forAdmins("group.answer", "command " + commandId + " node " + nodeId
                    + ": " + outcome.state()));
        }
    }

    /** The command with every member's answer as it stands now (404 {@code groupCommand.notFound}). */
    public CommandView view(long id) {
        var run = em.find(GroupCommandRun.class, id);
        if (run == null) {
            throw new DomainException(Problem.NOT_FOUND, "groupCommand.notFound", null, "There is no group command " + id + ".");
        }
        return CommandView.stored(run, results(id)).at(Instant.now(clock));
    }

    /** The last commands sent, newest first. */
    public List<CommandView> recent(int limit) {
        Instant now = Instant.now(clock);
        return em.createQuery("select c from GroupCommandRun c order by c.id desc", GroupCommandRun.class)
                .setMaxResults(limit).getResultList().stream()
                .map(run -> CommandView.stored(run, results(run.id())).at(now)).toList();
    }

    private List<CommandResult> results(long commandId) {
        return em.createQuery("select r from CommandResult r where r.commandId = :id order by r.nodeName, r.nodeId",
                CommandResult.class).setParameter("id", commandId).getResultList();
    }
}
