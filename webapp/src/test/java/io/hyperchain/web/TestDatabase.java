package io.hyperchain.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Straight to the test database, for what the API does not (and should not) show: counting
 * assignments per node, reading the installation id, arranging a fault.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = "jdbc:mariadb://" + env("HYPERCHAIN_DB_HOST") + ":" + env("HYPERCHAIN_DB_PORT") + "/"
                + env("HYPERCHAIN_DB_NAME");
        return DriverManager.getConnection(url, env("HYPERCHAIN_DB_USER"), env("HYPERCHAIN_DB_PASSWORD"));
    }

    public static long number(String sql, Object... parameters) throws SQLException {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    public static double decimal(String sql, Object... parameters) throws SQLException {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getDouble(1) : 0;
            }
        }
    }

    public static String text(String sql, Object... parameters) throws SQLException {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    public static List<long[]> rows(String sql) throws SQLException {
        try (var db = connect(); var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            List<long[]> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                long[] row = new long[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getLong(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    public static int update(String sql, Object... parameters) throws SQLException {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests through bin/hyperchain test");
        }
        return value;
    }
}
