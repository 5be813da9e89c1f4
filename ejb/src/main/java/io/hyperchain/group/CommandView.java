package io.hyperchain.group;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A group command and every member's answer, as shown at one moment. JavaBean getters because
 * Jakarta EL 5 does not read record components.
 */
public record CommandView(long id, Long groupId, String groupName, String command, String argument, String sentBy,
                          Instant sentAt, Instant deadlineAt, List<MemberResult> results) implements Serializable {

    public CommandView {
        results = List.copyOf(results);
    }

    /** The rows as stored. */
    static CommandView stored(GroupCommandRun run, List<CommandResult> results) {
        return new CommandView(run.id(), run.groupId(), run.groupName(), run.command(), run.argument(), run.sentBy(),
                run.sentAt(), run.deadline().at(), results.stream().map(MemberResult::stored).toList());
    }

    /** As it looks at {@code now}: a member still PENDING past the deadline is TIMED_OUT. */
    public CommandView at(Instant now) {
        var deadline = new CommandDeadline(deadlineAt);
        return new CommandView(id, groupId, groupName, command, argument, sentBy, sentAt, deadlineAt,
                results.stream().map(result -> result.seen(deadline, now)).toList());
    }

    /** Whether every member has answered (or is past the deadline). */
    public boolean done() {
        return results.stream().allMatch(result -> result.state().finished());
    }

    /** How many members stand in each state, every state named. */
    public Map<ResultState, Integer> counts() {
        Map<ResultState, Integer> counts = new EnumMap<>(ResultState.class);
        for (ResultState state : ResultState.values()) {
            counts.put(state, 0);
        }
        results.forEach(result -> counts.merge(result.state(), 1, Integer::sum));
        return counts;
    }

    public long getId() {
        return id;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getCommand() {
        return command;
    }

    public String getArgument() {
        return argument;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<MemberResult> getResults() {
        return results;
    }

    public boolean isDone() {
        return done();
    }
}
