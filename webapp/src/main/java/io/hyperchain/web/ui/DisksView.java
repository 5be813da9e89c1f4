package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import io.hyperchain.storage.DiskView;
import io.hyperchain.storage.Disks;
import io.hyperchain.web.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tenant's disks on the dashboard (P2.5, P2.6): use, state, and the request for a bigger one. */
@Named
@ViewScoped
public class DisksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    Disks disks;

    @Inject
    PageMessages messages;

    private transient List<DiskView> list;
    /** The size typed per disk, by allotment id. */
    private final Map<Long, Integer> requested = new HashMap<>();

    public List<DiskView> getDisks() {
        if (list == null) {
            list = disks.disksOf(caller.tenant());
        }
        return list;
    }

    public Map<Long, Integer> getRequested() {
        return requested;
    }

    public void request(long allotmentId) {
        var tenant = caller.tenant();
        try {
            var upgrade = disks.request(tenant, allotmentId, null, requested.get(allotmentId));
            messages.info(upgrade.isApplying() ? "disks.upgrading.started" : "disks.requested",
                    upgrade.scope(), upgrade.getRequested());
        } catch (DomainException e) {
            messages.refused("disks", e);
        }
        list = null;
    }

    /** The page polls while a disk is being enlarged, so that the tenant sees it finish. */
    public boolean isAnyUpgrading() {
        return getDisks().stream().anyMatch(d -> DiskView.UPGRADING.equals(d.getState()));
    }

    public void refresh() {
        list = null;
    }
}
