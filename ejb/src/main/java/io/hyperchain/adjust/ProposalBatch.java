package io.hyperchain.adjust;

import io.hyperchain.placement.QuotaAdjustmentPolicy.Kind;
import io.hyperchain.placement.QuotaAdjustmentPolicy.Proposal;
import io.hyperchain.shared.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes a run's proposals (P1.6) in multi-row inserts of {@value #PER_STATEMENT} rows, so 100,000
 * tenants take 100 statements, not 100,000. Plain JDBC, so the benchmark writes the same way. A
 * proposal already stored for a tenant and period is a unique-key clash that fails the whole run
 * (the job gives its period back; the next run skips what is stored).
 */
public final class ProposalBatch {

    static final int PER_STATEMENT = 1000;

    /** One proposal row as stored, its state decided. */
    public record Row(long tenantId, String period, Proposal proposal, String state, String decidedBy, Instant at) {

        /**
         * The state a run leaves a proposal in: more nodes wait for an admin (PENDING); fewer
         * nodes the run applied itself (APPLIED, by "system"); anything else is only noted (NOTED).
         */
        public static Row of(long tenantId, String period, Proposal proposal, boolean applied, Instant at) {
            if (proposal.kind() == Kind.INCREASE) {
                return new Row(tenantId, period, proposal, "PENDING", null, at);
            }
            if (proposal.kind() == Kind.DECREASE && applied) {
                return new Row(tenantId, period, proposal, "APPLIED", "system", at);
            }
            return new Row(tenantId, period, proposal, "NOTED", null, at);
        }
    }

    private ProposalBatch() {
    }

    /** Writes all rows; returns the number of statements it took. */
    public static int write(Connection connection, List<Row> rows) throws SQLException {
        return MultiRowInsert.write(connection, "insert into proposal (tenant_id, period_key, kind, current_nodes, "
                        + "proposed_nodes, reason, state, decided_by, decided_at, created_at) values ",
                "(?,?,?,?,?,?,?,?,?,?)", "", rows, PER_STATEMENT, (insert, p, row) -> {
                    Timestamp at = Timestamp.from(row.at());
                    insert.setLong(p++, row.tenantId());
                    insert.setString(p++, row.period());
                    insert.setString(p++, row.proposal().kind().name());
                    insert.setInt(p++, row.proposal().currentNodes());
                    insert.setInt(p++, row.proposal().proposedNodes());
                    insert.setString(p++, clip(row.proposal().reason(), 500));
                    insert.setString(p++, row.state());
                    insert.setString(p++, row.decidedBy());
                    insert.setTimestamp(p++, row.decidedBy() == null ? null : at);
                    insert.setTimestamp(p++, at);
                    return p;
                });
    }

    /**
     * The period's increases join the approval queue (kind {@value NodeCountApprovals#KIND}) in one
     * statement; one already there stays as it is.
     */
    public static int openApprovals(Connection connection, String period) throws SQLException {
        try (var insert = connection.prepareStatement("insert into approval (kind, subject_id, tenant_id, requested_by, "
                + "scope, current_amount, requested_amount, reason, state, created_at) select ?, p.id, p.tenant_id, "
                + "'quota-adjustment', p.period_key, p.current_nodes, p.proposed_nodes, p.reason, 'PENDING', p.created_at "
                + "from proposal p where p.period_key = ? and p.kind = 'INCREASE' and p.state = 'PENDING' "
                + "and not exists (select 1 from approval a where a.kind = ? and a.subject_id = p.id)")) {
            insert.setString(1, NodeCountApprovals.KIND);
            insert.setString(2, period);
            insert.setString(3, NodeCountApprovals.KIND);
            return insert.executeUpdate();
        }
    }

    static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
