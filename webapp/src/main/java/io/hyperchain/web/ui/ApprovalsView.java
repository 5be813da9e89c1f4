package io.hyperchain.web.ui;

import io.hyperchain.adjust.Adjustments;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's approval queue: proposals of more nodes, approved or rejected with one click. */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    Adjustments adjustments;

    @Inject
    PageMessages messages;

    @Inject
    io.hyperchain.storage.Disks disks;

    private transient List<Adjustments.View> proposals;
    private transient List<io.hyperchain.storage.UpgradeView> diskUpgrades;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        refresh();
    }

    public void refresh() {
        proposals = adjustments.all();
        diskUpgrades = disks.upgrades();
    }

    public boolean isAnyDiskApplying() {
        return getDiskUpgrades().stream().anyMatch(u -> "APPLYING".equals(u.getState()));
    }

    public List<io.hyperchain.storage.UpgradeView> getDiskUpgrades() {
        if (diskUpgrades == null) {
            refresh();
        }
        return diskUpgrades;
    }

    /** Growing a disk moves its files back in the background; the page polls until it is done. */
    public void approveDisk(long id) {
        decideDisk(id, true);
    }

    public void rejectDisk(long id) {
        decideDisk(id, false);
    }

    private void decideDisk(long id, boolean approve) {
        try {
            var view = approve ? disks.approve(id, caller.profile().email()) : disks.reject(id, caller.profile().email());
            messages.info(approve ? "approvals.disks.applying" : "approvals.disks.rejected", view.tenantName(),
                    view.getRequestedGiB(), view.nodeName());
        } catch (DomainException e) {
            messages.refused("approvals", e);
        }
        refresh();
    }

    public void approve(long id) {
        decide(id, true);
    }

    public void reject(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        try {
            var view = approve ? adjustments.approve(id, caller.profile().email()) : adjustments.reject(id, caller.profile().email());
            messages.info(approve ? "approvals.approved" : "approvals.rejected", view.tenantName(), view.proposedNodes());
        } catch (DomainException e) {
            messages.refused("approvals", e);
        }
        refresh();
    }

    public List<Adjustments.View> getProposals() {
        if (proposals == null) {
            refresh();
        }
        return proposals;
    }
}
