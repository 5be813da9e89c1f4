package io.hyperchain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class LockConflictTest {

    @Test
    void aDeadlockMariaDbBrokeIsALockConflictHoweverDeepItIsWrapped() {
        var deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        assertTrue(LockConflict.causes(new RuntimeException(new IllegalStateException(deadlock))));
    }

    @Test
    void aLockWaitTimeoutIsALockConflict() {
        assertTrue(LockConflict.causes(new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(LockConflict.causes(new RuntimeException(new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(LockConflict.causes(new IllegalStateException("no database at all")));
    }

    @org.junit.jupiter.api.Test
    void workThatMetADeadlockIsRunAgainAndOtherFailuresAreNot() {
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        String done = LockConflict.retried(4, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new RuntimeException(new SQLException("Deadlock found", "40001", 1213));
            }
            return "planned";
        });
        org.junit.jupiter.api.Assertions.assertEquals("planned", done);
        org.junit.jupiter.api.Assertions.assertEquals(3, calls.get());
        calls.set(0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> LockConflict.retried(4, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a bug");
        }));
        org.junit.jupiter.api.Assertions.assertEquals(1, calls.get(), "a bug is not retried");
    }
}
