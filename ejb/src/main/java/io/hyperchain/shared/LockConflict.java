package io.hyperchain.shared;

import java.sql.SQLException;

/**
 * Whether a failure was MariaDB giving up on a row lock (a deadlock it broke, or a lock wait that
 * timed out): the transaction was rolled back and the same work may simply be tried again.
 */
public final class LockConflict {

    /** ER_LOCK_DEADLOCK: MariaDB chose this transaction to break a deadlock. */
    static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT: innodb_lock_wait_timeout passed. */
    static final int LOCK_WAIT_TIMEOUT = 1205;

    private LockConflict() {
    }

    // Rule: a deadlock or a lock wait timeout anywhere in the causes is a lock conflict; nothing else is.
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                        || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs work that is a transaction of its own again when MariaDB broke a deadlock or a lock wait
     * timed out (two first clicks inserting the same row can meet that way), at most this many times.
     */
    public static <T> T retried(int attempts, java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!causes(e) || attempt >= attempts) {
                    throw e;
                }
                try { // apart a little, so the two do not meet again at once
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25) * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
