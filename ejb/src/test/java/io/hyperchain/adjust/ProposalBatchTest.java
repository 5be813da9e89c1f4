package io.hyperchain.adjust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hyperchain.placement.QuotaAdjustmentPolicy.Kind;
import io.hyperchain.placement.QuotaAdjustmentPolicy.Proposal;
import io.hyperchain.shared.RecordingConnection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProposalBatchTest {

    private static final Instant AT = Instant.parse("2026-11-01T00:30:00Z");
    private static final Proposal MORE = new Proposal(Kind.INCREASE, 2, 3, "busy");
    private static final Proposal FEWER = new Proposal(Kind.DECREASE, 3, 2, "quiet");
    private static final Proposal SAME = new Proposal(Kind.KEEP, 2, 2, "fine");

    @Test
    void moreNodesWaitForAnAdmin() {
        var row = ProposalBatch.Row.of(1, "2026-11", MORE, false, AT);
        assertEquals("PENDING", row.state());
        assertNull(row.decidedBy());
    }

    @Test
    void fewerNodesTheRunAppliedAreAppliedBySystem() {
        var row = ProposalBatch.Row.of(1, "2026-11", FEWER, true, AT);
        assertEquals("APPLIED", row.state());
        assertEquals("system", row.decidedBy());
    }

    @Test
    void fewerNodesTheRunCouldNotApplyAndNoChangeAreNoted() {
        assertEquals("NOTED", ProposalBatch.Row.of(1, "2026-11", FEWER, false, AT).state());
        assertEquals("NOTED", ProposalBatch.Row.of(1, "2026-11", SAME, false, AT).state());
    }

    @Test
    void aHundredThousandTenantsTakeAHundredStatements() throws Exception {
        var recording = new RecordingConnection();
        var rows = IntStream.range(0, 100_000).mapToObj(i -> ProposalBatch.Row.of(i, "2026-11", SAME, false, AT)).toList();
        assertEquals(100, ProposalBatch.write(recording.connection(), rows));
    }

    @Test
    void aRowIsStoredWithItsDecision() throws Exception {
        var recording = new RecordingConnection();
        ProposalBatch.write(recording.connection(), List.of(ProposalBatch.Row.of(42, "2026-11", FEWER, true, AT)));
        var parameters = List.copyOf(recording.executed().get(0).parameters().values());
        assertEquals(List.of(42L, "2026-11", "DECREASE", 3, 2, "quiet", "APPLIED", "system", Timestamp.from(AT),
                Timestamp.from(AT)), parameters);
    }
}
