package io.hyperchain.web.ui;

import io.hyperchain.storage.DiskView;
import java.util.Comparator;
import java.util.List;

/** The order of the admin's disk list: the disks that need a look first, then by tenant and node. */
final class DiskOrder {

    private DiskOrder() {
    }

    /** A disk needs the admin when its sub disk runs low or it is not in its normal state. */
    static boolean needsAttention(DiskView disk) {
        return disk.isSubLow() || !DiskView.NORMAL.equals(disk.getState());
    }

    static List<DiskView> needingAttentionFirst(List<DiskView> disks) {
        return disks.stream().sorted(Comparator.comparing((DiskView d) -> !needsAttention(d))
                .thenComparing(d -> d.getTenantName() == null ? "" : d.getTenantName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(d -> d.getNodeName() == null ? "" : d.getNodeName())
                .thenComparingLong(DiskView::getId)).toList();
    }
}
