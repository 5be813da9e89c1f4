package io.hyperchain.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached right now (restarting, failing over, the
 * pool out of connections) rather than a bug: callers then answer 503 with Retry-After, and the
 * next request, once the pool reconnects, succeeds by itself.
 */
public final class DatabaseOutage {

    /** What a client is told to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof java.net.ConnectException
                    || e.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // SQL state class 08 is "connection exception"; the pool says it could not allocate one
            if (e instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || String.valueOf(sql.getMessage()).contains("allocating a connection"))) {
                return true;
            }
            if (e.getClass().getName().equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }
}
