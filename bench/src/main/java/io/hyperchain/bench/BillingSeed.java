package io.hyperchain.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A month of usage for the billing benchmarks, made inside MariaDB from its sequence tables:
 * TENANTS tenants signed up before November 2026, each with PER_TENANT one-hour intervals spread
 * over the month (Seoul's November: 2026-10-31T15:00Z to 2026-11-30T15:00Z), node-hours,
 * cpu-core-hours and memory-gib-hours in turn.
 */
final class BillingSeed {

    static final String MONTH = "2026-11";
    static final String MONTH_START_UTC = "2026-10-31 15:00:00";
    static final String MONTH_END_UTC = "2026-11-30 15:00:00";

    private BillingSeed() {
    }

    static void seed(Connection db, int tenants, int perTenant) throws SQLException {
        long t0 = System.nanoTime();
        try (var s = db.createStatement()) {
            s.execute("set time_zone = '+00:00'");
            s.execute("set foreign_key_checks = 0");
            s.execute("insert into tenant (id, name, created_at) select seq, concat('bench-', seq), '2026-10-01 00:00:00' "
                    + "from seq_1_to_" + tenants);
            int hoursApart = Math.max(1, 719 / perTenant);
            s.execute("insert into usage_interval (id, tenant_id, metric, subject, rate, started_at, ended_at, recorded_at) "
                    + "select concat(t.seq, '/', k.seq), t.seq, elt(1 + k.seq % 3, 'node-hours', 'cpu-core-hours', 'memory-gib-hours'), "
                    + "concat('w:', t.seq, ':', k.seq), 1 + k.seq % 4, "
                    + "timestamp'" + MONTH_START_UTC + "' + interval (k.seq * " + hoursApart + ") hour, "
                    + "timestamp'" + MONTH_START_UTC + "' + interval (k.seq * " + hoursApart + " + 1) hour, "
                    + "timestamp'" + MONTH_START_UTC + "' + interval (k.seq * " + hoursApart + " + 1) hour "
                    + "from seq_1_to_" + tenants + " t join seq_0_to_" + (perTenant - 1) + " k");
            s.execute("set foreign_key_checks = 1");
        }
        if (!db.getAutoCommit()) {
            db.commit();
        }
        System.out.printf("seeded %,d tenants and %,d usage intervals in %.1f s%n", tenants, (long) tenants * perTenant,
                (System.nanoTime() - t0) / 1e9);
    }

    /** The baseline: every tenant's and metric's quantity in one grouped SQL sum over the month. */
    static long sumInSql(Connection db) throws SQLException {
        long groups = 0;
        try (var s = db.createStatement()) {
            s.execute("set time_zone = '+00:00'");
            try (var rows = s.executeQuery("select tenant_id, metric, sum(rate * timestampdiff(microsecond, "
                    + "greatest(started_at, timestamp'" + MONTH_START_UTC + "'), "
                    + "least(coalesce(ended_at, timestamp'" + MONTH_END_UTC + "'), timestamp'" + MONTH_END_UTC + "'))) / 3.6e9 "
                    + "from usage_interval where started_at < timestamp'" + MONTH_END_UTC + "' "
                    + "and (ended_at is null or ended_at > timestamp'" + MONTH_START_UTC + "') group by tenant_id, metric")) {
                while (rows.next()) {
                    rows.getBigDecimal(3);
                    groups++;
                }
            }
        }
        return groups;
    }
}
