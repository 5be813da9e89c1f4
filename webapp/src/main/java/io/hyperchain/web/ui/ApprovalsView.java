package io.hyperchain.web.ui;

import io.hyperchain.approval.ApprovalView;
import io.hyperchain.approval.Approvals;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's approval queue: more nodes, bigger disks, approved or rejected with one click. */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    Approvals approvals;

    @Inject
    PageMessages messages;

    private transient List<ApprovalView> queue;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        refresh();
    }

    public void refresh() {
        queue = approvals.queue();
    }

    public List<ApprovalView> getQueue() {
        if (queue == null) {
            refresh();
        }
        return queue;
    }

    /** A disk grows in the background; the page polls while anything is being applied. */
    public boolean isAnyApplying() {
        return getQueue().stream().anyMatch(ApprovalView::isApplying);
    }

    public void approve(long id) {
        decide(id, true);
    }

    public void reject(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean approve) {
        try {
            String admin = caller.profile().email();
            var view = approve ? approvals.approve(id, admin) : approvals.reject(id, admin);
            if (view.stale()) {
                messages.error("approvals.stale", view.tenantName(), view.problem());
            } else {
                messages.info("approvals." + (approve ? "approved." : "rejected.") + view.kind(), view.tenantName(),
                        view.getRequested(), view.scope());
            }
        } catch (DomainException e) {
            messages.refused("approvals", e);
        }
        refresh();
    }
}
