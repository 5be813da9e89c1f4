package io.hyperchain.billing;

import io.hyperchain.billing.rating.RatedLine;
import io.hyperchain.billing.rating.TenantMonth;
import io.hyperchain.billing.rating.Totals;
import io.hyperchain.shared.MultiRowInsert;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes rated invoices in few statements: their old lines go, the new lines go in as multi-row
 * inserts, and each invoice's totals (and, when finalized, number and cutoff) in one batch.
 * Plain JDBC inside the caller's transaction.
 */
final class InvoiceRows {

    private static final int LINES_PER_STATEMENT = 1000;

    /** One invoice's rating; {@code number} is null while it stays a draft. */
    record Written(long invoiceId, TenantMonth.Rated rated, Totals totals, String number) {
    }

    private record Line(long invoiceId, int no, RatedLine line) {
    }

    private InvoiceRows() {
    }

    static void write(Connection connection, List<Written> invoices, BigDecimal taxRate, Instant ratedUntil, Instant now)
            throws SQLException {
        String ids = invoices.stream().map(w -> String.valueOf(w.invoiceId())).collect(Collectors.joining(","));
        try (var delete = connection.createStatement()) {
            delete.executeUpdate("delete from invoice_line where invoice_id in (" + ids + ")");
        }
        List<Line> lines = new ArrayList<>();
        for (Written w : invoices) {
            int no = 1;
            for (RatedLine line : w.rated().lines()) {
                lines.add(new Line(w.invoiceId(), no++, line));
            }
        }
        MultiRowInsert.write(connection, "insert into invoice_line (invoice_id, line_no, metric, period, quantity, unit, "
                + "unit_price, amount, usage_count, usage_hash) values ", "(?,?,?,?,?,?,?,?,?,?)", "", lines,
                LINES_PER_STATEMENT, (insert, p, row) -> {
                    insert.setLong(p++, row.invoiceId());
                    insert.setInt(p++, row.no());
                    insert.setString(p++, row.line().metric());
                    insert.setString(p++, row.line().period());
                    insert.setBigDecimal(p++, row.line().quantity());
                    insert.setString(p++, row.line().unit());
                    insert.setBigDecimal(p++, row.line().unitPrice());
                    insert.setBigDecimal(p++, row.line().amount());
                    insert.setInt(p++, row.line().usageCount());
                    insert.setString(p++, row.line().usageHash());
                    return p;
                });
        try (var update = connection.prepareStatement("update invoice set currency = ?, subtotal = ?, tax_rate = ?, tax = ?, "
                + "total = ?, rated_until = ?, state = if(? is null, state, 'FINALIZED'), number = coalesce(?, number), "
                + "usage_cutoff = if(? is null, usage_cutoff, ?), finalized_at = if(? is null, finalized_at, ?) where id = ?")) {
            Timestamp at = Timestamp.from(now);
            for (Written w : invoices) {
                int p = 1;
                update.setString(p++, w.rated().currency());
                update.setBigDecimal(p++, w.totals().subtotal());
                update.setBigDecimal(p++, taxRate);
                update.setBigDecimal(p++, w.totals().tax());
                update.setBigDecimal(p++, w.totals().total());
                update.setTimestamp(p++, Timestamp.from(ratedUntil));
                update.setString(p++, w.number());
                update.setString(p++, w.number());
                update.setString(p++, w.number());
                update.setTimestamp(p++, at);
                update.setString(p++, w.number());
                update.setTimestamp(p++, at);
                update.setLong(p++, w.invoiceId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
