package io.hyperchain.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiskViewTest {

    @Test
    void anUpgradeBeingAppliedShowsAsUpgrading() {
        assertEquals(DiskView.UPGRADING, DiskView.stateOf(true, DiskUpgrade.State.APPLYING));
    }

    @Test
    void anUpgradeWaitingForApprovalShowsAsPending() {
        assertEquals(DiskView.UPGRADE_PENDING, DiskView.stateOf(false, DiskUpgrade.State.PENDING));
    }

    @Test
    void withoutAnOpenUpgradeARedirectedDiskShowsAsRedirected() {
        assertEquals(DiskView.REDIRECTED, DiskView.stateOf(true, null));
    }

    @Test
    void withoutAnOpenUpgradeOrARedirectADiskIsNormal() {
        assertEquals(DiskView.NORMAL, DiskView.stateOf(false, null));
    }
}
