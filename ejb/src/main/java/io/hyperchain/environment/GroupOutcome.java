package io.hyperchain.environment;

import java.util.Comparator;
import java.util.List;

/**
 * What a power action on a tenant's group did (sql/V28): each member's answer, by node. A member that
 * was refused or failed says so with the error code and message it would have had alone; the others
 * are done all the same, so the request as a whole succeeded once it was valid.
 */
public record GroupOutcome(GroupName group, PowerAction action, List<MemberResult> members) {

    /** One container's answer: done (changed, or nothing to do), or an error code and its message. */
    public record MemberResult(long nodeId, long workloadId, boolean changed, String message, String code) {

        public static MemberResult done(WorkloadPower.Done done) {
            return new MemberResult(done.nodeId(), done.workloadId(), done.changed(), done.message(), null);
        }

        public static MemberResult failed(long nodeId, long workloadId, String code, String message) {
            return new MemberResult(nodeId, workloadId, false, message, code);
        }

        public boolean isFailed() {
            return code != null;
        }

        public long getNodeId() {
            return nodeId;
        }

        public boolean isChanged() {
            return changed;
        }

        public String getCode() {
            return code;
        }

        public String getMessage() {
            return message;
        }
    }

    public GroupOutcome {
        members = members.stream().sorted(Comparator.comparingLong(MemberResult::nodeId)).toList();
    }

    // Rule: a member that was refused or failed counts as a failure; one with nothing to do does not.
    public long failures() {
        return members.stream().filter(MemberResult::isFailed).count();
    }

    public long changedCount() {
        return members.stream().filter(MemberResult::changed).count();
    }

    /** Every member done (or had nothing to do). */
    public boolean isAllDone() {
        return failures() == 0;
    }

    /** For the audit and the logs: "3 containers: 2 changed, 0 unchanged, 1 failed". */
    public String summary() {
        long failed = failures();
        long changed = changedCount();
        return members.size() + " container(s): " + changed + " changed, " + (members.size() - changed - failed)
                + " unchanged, " + failed + " failed";
    }

    public List<MemberResult> getMembers() {
        return members;
    }

    public String getGroup() {
        return group.value();
    }

    public String getAction() {
        return action.word();
    }
}
