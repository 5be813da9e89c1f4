package io.hyperchain.bench;

import java.sql.DriverManager;

/**
 * The two ends of bench/billing-close.sh, which times the real portal closing November 2026 for
 * TENANTS tenants with PER_TENANT usage intervals each:
 *   seed TENANTS PER_TENANT — makes database hyperchain_close (BillingSeed) and times the baseline
 *                             in the same run: every tenant's month summed and written as one row
 *                             per tenant by a single INSERT ... SELECT ... GROUP BY;
 *   check TENANTS           — what the portal's close left: one FINALIZED invoice per tenant, gapless numbers.
 */
public final class CloseAtScale {

    private CloseAtScale() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("seed")) {
            try (var db = ScratchDatabase.create("hyperchain_close")) {
                BillingSeed.seed(db, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                try (var s = db.createStatement()) {
                    s.execute("set time_zone = '+00:00'");
                    s.execute("create table bench_invoice (tenant_id bigint primary key, amount decimal(24,6))");
                    long t0 = System.nanoTime();
                    s.execute("insert into bench_invoice select tenant_id, sum(rate * timestampdiff(microsecond, started_at, "
                            + "ended_at)) / 3.6e9 * 500 from usage_interval where started_at < timestamp'"
                            + BillingSeed.MONTH_END_UTC + "' and ended_at > timestamp'" + BillingSeed.MONTH_START_UTC
                            + "' group by tenant_id");
                    System.out.printf("baseline: one INSERT ... SELECT ... GROUP BY of every tenant's month: %.1f s%n",
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        } else {
            long tenants = Long.parseLong(args[1]);
            String url = "jdbc:mariadb://" + ScratchDatabase.env("HYPERCHAIN_DB_HOST") + ":" + ScratchDatabase.env("HYPERCHAIN_DB_PORT")
                    + "/hyperchain_close";
            try (var db = DriverManager.getConnection(url, ScratchDatabase.env("HYPERCHAIN_DB_USER"),
                    ScratchDatabase.env("HYPERCHAIN_DB_PASSWORD")); var s = db.createStatement();
                 var rows = s.executeQuery("select count(*), sum(state = 'FINALIZED'), count(distinct number), "
                         + "(select count(*) from invoice_line) from invoice where period = '" + BillingSeed.MONTH + "'")) {
                rows.next();
                System.out.printf("invoices %,d (expected %,d), finalized %,d, distinct numbers %,d, lines %,d%n", rows.getLong(1),
                        tenants, rows.getLong(2), rows.getLong(3), rows.getLong(4));
                if (rows.getLong(2) != tenants || rows.getLong(3) != tenants) {
                    throw new AssertionError("the close did not finalize every tenant once");
                }
            }
        }
    }
}
