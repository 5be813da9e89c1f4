package io.hyperchain.web.ui;

import io.hyperchain.overview.ClusterOverview;
import io.hyperchain.overview.NodeTile;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's cluster overview: every node as a small tile coloured by load, and the counts that matter. */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    ClusterOverview overview;

    private ClusterOverview.Snapshot snapshot;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        refresh();
    }

    public void refresh() {
        snapshot = overview.now();
    }

    public List<NodeTile> getTiles() {
        return snapshot.tiles();
    }

    public int getNodeCount() {
        return snapshot.tiles().size();
    }

    public long getNeedingAttention() {
        return snapshot.needingAttention();
    }

    public long getTenants() {
        return snapshot.tenants();
    }

    public long getRunningEnvironments() {
        return snapshot.runningEnvironments();
    }

    public long getPendingApprovals() {
        return snapshot.pendingApprovals();
    }

    public List<ClusterOverview.HealingEvent> getHealing() {
        return snapshot.healing();
    }

    public boolean isFailoverHeld() {
        return snapshot.isFailoverHeld();
    }
}
