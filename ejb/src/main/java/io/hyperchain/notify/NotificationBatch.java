package io.hyperchain.notify;

import io.hyperchain.shared.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes notifications in multi-row inserts of {@value #PER_STATEMENT} rows (a monthly adjustment
 * tells tens of thousands of tenants at once). Plain JDBC, so the benchmark writes the same way.
 */
public final class NotificationBatch {

    static final int PER_STATEMENT = 1000;
    static final int MAX_TEXT = 1000;

    /** One notification row as stored; a longer text is cut at {@value #MAX_TEXT} characters. */
    public record Row(long tenantId, String kind, String text, Instant at, boolean mailed) {

        public Row {
            text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        }
    }

    private NotificationBatch() {
    }

    /** Writes all rows; returns the number of statements it took. */
    public static int write(Connection connection, List<Row> rows) throws SQLException {
        return MultiRowInsert.write(connection, "insert into notification (tenant_id, kind, text, created_at, mailed) values ",
                "(?,?,?,?,?)", "", rows, PER_STATEMENT, (insert, p, row) -> {
                    insert.setLong(p++, row.tenantId());
                    insert.setString(p++, row.kind());
                    insert.setString(p++, row.text());
                    insert.setTimestamp(p++, Timestamp.from(row.at()));
                    insert.setBoolean(p++, row.mailed());
                    return p;
                });
    }
}
