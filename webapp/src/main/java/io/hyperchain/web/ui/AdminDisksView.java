package io.hyperchain.web.ui;

import io.hyperchain.storage.DiskView;
import io.hyperchain.storage.Disks;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Every tenant's disks for the admin (P2.1–P2.6): node, use, state, what sits on the sub disk and
 * the upgrade asked for — what GET /api/v1/admin/disks answers. Disks that need the admin come first.
 */
@Named
@ViewScoped
public class AdminDisksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    Disks disks;

    private transient List<DiskView> list;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        refresh();
    }

    public void refresh() {
        list = DiskOrder.needingAttentionFirst(disks.allDisks());
    }

    public List<DiskView> getDisks() {
        return list == null ? List.of() : list;
    }

    /** How many disks are not in their normal state (redirected, an upgrade asked for or being made, a sub disk low). */
    public long getNeedingAttention() {
        return getDisks().stream().filter(DiskOrder::needsAttention).count();
    }

    /** The page polls while a disk is being enlarged. */
    public boolean isAnyUpgrading() {
        return getDisks().stream().anyMatch(d -> DiskView.UPGRADING.equals(d.getState()));
    }
}
