package io.hyperchain.shared;

import java.sql.SQLException;

/** Tells a unique-key clash apart from other database failures, whatever wraps it. */
public final class Constraints {

    private Constraints() {
    }

    /**
     * True when the cause chain holds a unique-key violation of the given constraint. MariaDB says
     * "Duplicate entry '&lt;value&gt;' for key '&lt;constraint&gt;'": only the key part counts, since the
     * value is user input and may itself contain a constraint's name.
     */
    public static boolean isUniqueViolation(Throwable error, String constraintName) {
        var seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Throwable, Boolean>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql && "23000".equals(sql.getSQLState()) && sql.getMessage() != null
                    && namesKey(sql.getMessage(), constraintName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesKey(String message, String constraintName) {
        int key = message.lastIndexOf("for key '");
        if (key < 0) {
            return false;
        }
        String name = message.substring(key + "for key '".length());
        int end = name.indexOf('\'');
        name = end < 0 ? name : name.substring(0, end);
        // newer servers qualify the key with its table: 'tenant.uq_tenant_name'
        return name.equals(constraintName) || name.endsWith("." + constraintName);
    }
}
