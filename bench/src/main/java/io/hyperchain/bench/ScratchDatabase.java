package io.hyperchain.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A throw-away database on the MariaDB of `bin/hyperchain env`, created afresh and migrated by the
 * portal's own Flyway migrations, so a benchmark runs against the real schema.
 */
final class ScratchDatabase {

    private ScratchDatabase() {
    }

    /** Drops and creates the database, migrates it, and connects to it. */
    static Connection create(String name) throws SQLException {
        String server = "jdbc:mariadb://" + env("HYPERCHAIN_DB_HOST") + ":" + env("HYPERCHAIN_DB_PORT") + "/";
        try (var admin = DriverManager.getConnection(server, env("HYPERCHAIN_DB_USER"), env("HYPERCHAIN_DB_PASSWORD"));
             var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " character set utf8mb4");
        }
        String url = server + name;
        Flyway.configure().dataSource(url, env("HYPERCHAIN_DB_USER"), env("HYPERCHAIN_DB_PASSWORD")).load().migrate();
        return DriverManager.getConnection(url, env("HYPERCHAIN_DB_USER"), env("HYPERCHAIN_DB_PASSWORD"));
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: eval \"$(bin/hyperchain env --show-secrets)\" first");
        }
        return value;
    }
}
