package io.hyperchain.shared;

import java.sql.SQLException;

/** Tells a unique-key clash apart from other database failures, whatever wraps it. */
public final class Constraints {

    private Constraints() {
    }

    /** True when the cause chain holds a unique-key violation naming the given constraint. */
    public static boolean isUniqueViolation(Throwable error, String constraintName) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23000".equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains(constraintName)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
