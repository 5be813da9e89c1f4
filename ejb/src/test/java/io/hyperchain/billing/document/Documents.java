package io.hyperchain.billing.document;

import io.hyperchain.billing.rating.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Sample invoices and credit notes with totals computed as the rater computes them. */
final class Documents {

    static final BigDecimal VAT = new BigDecimal("0.10");
    static final BillingDocument.Party SELLER =
            new BillingDocument.Party("HyperChain Cloud Ltd.", "billing@hyperchain.example", "123-45-67890", "KR");
    static final BillingDocument.Party BUYER_EN =
            new BillingDocument.Party("Acme Ledger Inc.", "ap@acme.example", "tenant-42", "KR");
    static final BillingDocument.Party BUYER_KO =
            new BillingDocument.Party("주식회사 한빛체인", "ap@hanbit.example", "tenant-7", "KR");

    private Documents() {
    }

    static BillingDocument.Line line(String metric, String description, String period, String quantity, String unit,
                                     String unitPrice) {
        BigDecimal net = Money.precise(new BigDecimal(quantity).multiply(new BigDecimal(unitPrice)));
        return new BillingDocument.Line(metric, description, period, new BigDecimal(quantity), unit,
                new BigDecimal(unitPrice), net);
    }

    /** 61,304.019843 + 6,130.401984 = 67,434.421827, rounded down to 67,434; one late adjustment for October. */
    static BillingDocument invoiceRoundedDown() {
        return invoice("HC-2026-000001", "en", BUYER_EN,
                line("node-hours", "Node hours", "2026-11", "720", "hour", "15.432109"),
                line("monthly-fee", "Monthly fee, Business plan", "2026-11", "1", "month", "50000"),
                line("node-hours", "Node hours, late usage", "2026-10", "12.5", "hour", "15.432109"));
    }

    /** 1,246.913478 + 124.691348 = 1,371.604826, rounded up to 1,372. */
    static BillingDocument invoiceRoundedUp() {
        return invoice("HC-2026-000002", "en", BUYER_EN,
                line("node-hours", "Node hours", "2026-11", "101", "hour", "12.345678"));
    }

    /** The first invoice in Korean, for the Korean PDF. */
    static BillingDocument koreanInvoice() {
        return invoice("HC-2026-000003", "ko", BUYER_KO,
                line("node-hours", "노드 사용 시간", "2026-11", "720", "hour", "15.432109"),
                line("monthly-fee", "월 기본료 (비즈니스 요금제)", "2026-11", "1", "month", "50000"),
                line("node-hours", "노드 사용 시간 (지연 집계분)", "2026-10", "12.5", "hour", "15.432109"));
    }

    /** 24 outage hours of the first invoice given back: 370.370616 + 37.037062 = 407.407678 → 407. */
    static BillingDocument creditNote(String language) {
        var buyer = "ko".equals(language) ? BUYER_KO : BUYER_EN;
        String reason = "ko".equals(language) ? "2026-11-14 장애로 인한 24시간 환급" : "Outage on 2026-11-14, 24 hours";
        var lines = List.of(line("node-hours", "ko".equals(language) ? "노드 사용 시간 환급" : "Node hours credited",
                "2026-11", "24", "hour", "15.432109"));
        return document(BillingDocument.Kind.CREDIT_NOTE, "HC-CN-2026-000001", "HC-2026-000001", reason, language,
                buyer, lines);
    }

    static BillingDocument invoice(String number, String language, BillingDocument.Party buyer,
                                   BillingDocument.Line... lines) {
        return document(BillingDocument.Kind.INVOICE, number, null, null, language, buyer, Arrays.asList(lines));
    }

    static BillingDocument document(BillingDocument.Kind kind, String number, String invoiceNumber, String reason,
                                    String language, BillingDocument.Party buyer, List<BillingDocument.Line> lines) {
        BigDecimal subtotal = Money.precise(lines.stream().map(BillingDocument.Line::net).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal tax = Money.precise(subtotal.multiply(VAT));
        return new BillingDocument(kind, number, LocalDate.of(2026, 12, 1), "2026-11", LocalDate.of(2026, 12, 31),
                invoiceNumber, reason, SELLER, buyer, language, "KRW", lines, subtotal, VAT, tax,
                Money.roundTotal(subtotal.add(tax), "KRW"));
    }
}
