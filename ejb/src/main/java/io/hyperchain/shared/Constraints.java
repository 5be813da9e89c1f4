package io.hyperchain.shared;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/** Tells a unique-key clash apart from other database failures, whatever wraps it. */
public final class Constraints {

    /** How MariaDB names the key of a duplicate: "Duplicate entry '&lt;value&gt;' for key '&lt;key&gt;'". */
    private static final String FOR_KEY = " for key '";

    private Constraints() {
    }

    /**
     * True when the cause chain holds a unique-key violation of the given constraint. The name is
     * the one Hibernate read for its {@link ConstraintViolationException}; only where there is none
     * (a plain JDBC failure, or a clash Hibernate could not name) is it read from the driver's
     * message. Either way a name qualified by its table ({@code tenant.uq_tenant_name}) or quoted
     * ({@code `uq_tenant_name`}) counts as the bare one.
     */
    public static boolean isUniqueViolation(Throwable error, String constraintName) {
        String violated = violatedKey(error);
        return violated != null && violated.equals(constraintName);
    }

    /** The unique key the first constraint violation in the cause chain names, unqualified; null when none does. */
    static String violatedKey(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && unambiguous(violation.getSQLException())) {
                return bare(violation.getConstraintName());
            }
            if (t instanceof SQLException sql && "23000".equals(sql.getSQLState()) && sql.getMessage() != null) {
                String key = keyInMessage(sql.getMessage());
                if (key != null) {
                    return bare(key);
                }
            }
        }
        return null;
    }

    /**
     * Hibernate reads the name after the first "for key '"; the duplicate value comes before the key
     * and is user input, so where it spells that phrase itself the message is read from the end
     * instead (the driver's exception is further down the chain).
     */
    private static boolean unambiguous(SQLException sql) {
        String message = sql == null ? null : sql.getMessage();
        return message == null || message.indexOf(FOR_KEY) == message.lastIndexOf(FOR_KEY);
    }

    /** The key part of MariaDB's message, or null: the last "for key '…'", since the value before it may hold anything. */
    private static String keyInMessage(String message) {
        int key = message.lastIndexOf(FOR_KEY);
        if (key < 0) {
            return null;
        }
        String name = message.substring(key + FOR_KEY.length());
        int end = name.indexOf('\'');
        return end < 0 ? name : name.substring(0, end);
    }

    /** Newer servers qualify the key with its table ('tenant.uq_tenant_name'); quotes may surround either part. */
    private static String bare(String name) {
        String unquoted = name.replace("`", "").replace("\"", "").strip();
        return unquoted.substring(unquoted.lastIndexOf('.') + 1);
    }
}
