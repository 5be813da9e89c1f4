package io.hyperchain.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;

class DiskUpgradeRuleTest {

    @Test
    void aLargerSizeWithinTheNodesFreeDiskIsGranted() {
        assertEquals(30 * 1024, DiskUpgradeRule.check(20 * 1024, 30, 10 * 1024));
    }

    @Test
    void theSameOrASmallerSizeIsRefusedNamingTodaysSize() {
        var e = assertThrows(DomainException.class, () -> DiskUpgradeRule.check(20 * 1024, 20, 100 * 1024));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals("newMainDiskGiB", e.field());
        assertTrue(e.getMessage().contains("20 GiB"), e.getMessage());
        assertThrows(DomainException.class, () -> DiskUpgradeRule.check(20 * 1024, 5, 100 * 1024));
    }

    @Test
    void moreThanTheNodeHasFreeIsRefusedWithWhatIsPossible() {
        var e = assertThrows(DomainException.class, () -> DiskUpgradeRule.check(20 * 1024, 40, 10 * 1024));
        assertEquals(Problem.UNPROCESSABLE, e.problem());
        assertEquals("disk.size.nodeFull", e.code());
        assertTrue(e.getMessage().contains("at most 30 GiB"), e.getMessage());
    }

    @Test
    void missingOrAbsurdSizesAreRefused() {
        assertEquals("disk.size.missing", assertThrows(DomainException.class, () -> DiskUpgradeRule.check(1024, null, 1024)).code());
        assertEquals("disk.size.range", assertThrows(DomainException.class, () -> DiskUpgradeRule.check(1024, 0, 1024)).code());
        assertEquals("disk.size.range", assertThrows(DomainException.class, () -> DiskUpgradeRule.check(1024, 70000, 1024)).code());
    }
}
