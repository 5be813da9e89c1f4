package io.hyperchain.storage;

import io.hyperchain.approval.Approval;
import io.hyperchain.approval.ApprovalKind;
import io.hyperchain.notify.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * P2.6: a bigger main disk, approved (it grows in the background: the request shows APPLYING until
 * {@link UpgradeApplier} is done) or rejected, and the tenant told.
 */
@ApplicationScoped
public class DiskUpgradeApprovals implements ApprovalKind {

    public static final String KIND = "disk";

    /** An approval committed: only then may the copy start, or it would find the request still pending. */
    record Approved(long upgradeId, String admin) {
    }

    @Inject
    DiskRecords records;

    @Inject
    UpgradeApplier applier;

    @Inject
    Notifications notifications;

    @Inject
    Event<Approved> approvedEvents;

    @Override
    public String id() {
        return KIND;
    }

    @Override
    public Carried approved(Approval approval, String admin) {
        DiskUpgrade upgrade = records.claimUpgrade(approval.subjectId(), DiskUpgrade.State.APPLYING, admin);
        if (upgrade.state() != DiskUpgrade.State.APPLYING) {
            return Carried.stale("the disk changed since the request");
        }
        approvedEvents.fire(new Approved(upgrade.id(), admin));
        return Carried.underWay();
    }

    void startCopy(@Observes(during = TransactionPhase.AFTER_SUCCESS) Approved approved) {
        applier.apply(approved.upgradeId(), approved.admin());
    }

    @Override
    public void rejected(Approval approval, String admin) {
        DiskUpgrade upgrade = records.claimUpgrade(approval.subjectId(), DiskUpgrade.State.REJECTED, admin);
        notifications.tell(upgrade.tenantId(), "disk-upgrade-rejected", "your disk request was declined",
                "An admin declined the bigger main disk (" + DiskUpgradeRule.gib(upgrade.requestedMiB()) + " GiB) you asked for.");
    }
}
