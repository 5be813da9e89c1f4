package io.hyperchain.approval;

/**
 * What one kind of request does when an admin decides it: node counts ({@code adjust}), main
 * disks ({@code storage}). {@link Approvals} holds the workflow (lock, 404, 409, decide, audit);
 * a kind carries the change out on its subject and tells the tenant, in the deciding transaction.
 */
public interface ApprovalKind {

    /** The kind's name in the queue and the API: {@code node-count}, {@code disk}. */
    String id();

    /** Carries out an approved request; says whether it is done, still under way, or no longer fits. */
    Carried approved(Approval approval, String admin);

    /** Closes the subject of a rejected request and tells the tenant. */
    void rejected(Approval approval, String admin);

    /** How far an approved change got. */
    record Carried(Approval.State state, String staleBecause) {

        public static Carried done() {
            return new Carried(Approval.State.APPLIED, null);
        }

        /** Goes on in the background; the kind calls {@link Approvals#settle} when it ends. */
        public static Carried underWay() {
            return new Carried(Approval.State.APPLYING, null);
        }

        public static Carried stale(String because) {
            return new Carried(Approval.State.REJECTED, because);
        }
    }
}
