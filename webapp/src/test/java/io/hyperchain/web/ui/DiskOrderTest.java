package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.storage.DiskView;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiskOrderTest {

    private static DiskView disk(long id, String tenant, String node, String state, boolean subLow) {
        return new DiskView(id, id, tenant, id, node, null, 1024, 1024 * 1024, 0, 0, 0, subLow, state, null, null, null);
    }

    @Test
    void aNormalDiskWithRoomOnItsSubDiskNeedsNoLook() {
        assertFalse(DiskOrder.needsAttention(disk(1, "a", "n1", DiskView.NORMAL, false)));
    }

    @Test
    void aDiskNeedsALookWhenItIsNotNormalOrItsSubDiskRunsLow() {
        assertTrue(DiskOrder.needsAttention(disk(1, "a", "n1", DiskView.REDIRECTED, false)));
        assertTrue(DiskOrder.needsAttention(disk(2, "a", "n1", DiskView.UPGRADE_PENDING, false)));
        assertTrue(DiskOrder.needsAttention(disk(3, "a", "n1", DiskView.UPGRADING, false)));
        assertTrue(DiskOrder.needsAttention(disk(4, "a", "n1", DiskView.NORMAL, true)));
    }

    @Test
    void theDisksThatNeedALookComeFirstThenByTenantAndNode() {
        var ordered = DiskOrder.needingAttentionFirst(List.of(
                disk(1, "beta", "n1", DiskView.NORMAL, false),
                disk(2, "Alpha", "n2", DiskView.NORMAL, false),
                disk(3, "zeta", "n1", DiskView.REDIRECTED, false),
                disk(4, "alpha", "n1", DiskView.NORMAL, false),
                disk(5, "gamma", "n1", DiskView.NORMAL, true)));
        assertEquals(List.of(5L, 3L, 4L, 2L, 1L), ordered.stream().map(DiskView::getId).toList());
    }
}
