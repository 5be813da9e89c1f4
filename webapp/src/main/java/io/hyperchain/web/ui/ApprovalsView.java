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

    private transient List<Adjustments.View> proposals;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        refresh();
    }

    public void refresh() {
        proposals = adjustments.all();
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
