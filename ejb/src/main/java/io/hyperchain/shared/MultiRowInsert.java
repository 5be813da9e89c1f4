package io.hyperchain.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Many rows in few statements: {@code head + "(?,?),(?,?),..." + tail}, at most {@code perStatement}
 * rows each (a statement must stay under MariaDB's max_allowed_packet). Plain JDBC, so a service
 * and its benchmark run the very same statements.
 */
public final class MultiRowInsert {

    /** Sets one row's parameters from {@code first}; returns the next free parameter index. */
    @FunctionalInterface
    public interface Binder<T> {
        int bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /** Writes all rows; returns the number of statements it took. */
    public static <T> int write(Connection connection, String head, String group, String tail, List<T> rows,
                                int perStatement, Binder<T> binder) throws SQLException {
        if (perStatement < 1) {
            throw new IllegalArgumentException("perStatement must be at least 1, was " + perStatement);
        }
        int statements = 0;
        for (int from = 0; from < rows.size(); from += perStatement) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            try (var insert = connection.prepareStatement(head + values(group, chunk.size()) + tail)) {
                int p = 1;
                for (T row : chunk) {
                    p = binder.bind(insert, p, row);
                }
                insert.executeUpdate();
            }
            statements++;
        }
        return statements;
    }

    /** The VALUES list of {@code times} copies of one row's placeholders. */
    public static String values(String group, int times) {
        return String.join(",", Collections.nCopies(times, group));
    }
}
