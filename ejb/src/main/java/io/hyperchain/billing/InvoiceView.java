package io.hyperchain.billing;

import io.hyperchain.billing.rating.RatedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An invoice as the tenant, the admin and the accountant read it. */
public record InvoiceView(long id, long tenantId, String tenantName, String tenantEmail, String period, String state,
                          String number, String currency, BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax,
                          BigDecimal total, BigDecimal credited, boolean finalClose, Instant createdAt,
                          Instant finalizedAt, Instant paidAt, List<RatedLine> lines, List<CreditNoteView> creditNotes) {

    /** What is left to credit. */
    public BigDecimal remaining() {
        return total.subtract(credited);
    }

    public record CreditNoteView(long id, String number, BigDecimal net, BigDecimal tax, BigDecimal total, String reason,
                                 String createdBy, Instant createdAt) {
    }
}
