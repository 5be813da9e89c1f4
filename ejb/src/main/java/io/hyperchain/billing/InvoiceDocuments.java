package io.hyperchain.billing;

import io.hyperchain.billing.document.BillingDocument.Line;
import io.hyperchain.billing.document.BillingDocument.Party;
import io.hyperchain.billing.document.BillingDocument;
import io.hyperchain.billing.rating.RatedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Turns stored invoices and credit notes into the documents the PDF and the exports are made of. */
@ApplicationScoped
public class InvoiceDocuments {

    /** Days from issue to due date. */
    static final int PAYMENT_DAYS = 14;

    private static final Map<String, String[]> NAMES = Map.of(
            "node-hours", new String[] {"Node hours", "노드 사용 시간"},
            "spare-node-hours", new String[] {"Shared spare node hours", "공유 예비 노드 사용 시간"},
            "cpu-core-hours", new String[] {"CPU core hours", "CPU 코어 시간"},
            "memory-gib-hours", new String[] {"Memory GiB hours", "메모리 GiB 시간"},
            "disk-gib-months", new String[] {"Main disk GiB months", "메인 디스크 GiB 월"},
            "sub-disk-gib-hours", new String[] {"Sub disk GiB hours", "보조 디스크 GiB 시간"},
            RatedLine.MONTHLY_FEE, new String[] {"Monthly fee", "월 기본료"},
            "credit", new String[] {"Credit", "감액"});

    @Inject
    BillingConfig config;

    public BillingDocument invoice(InvoiceView invoice, String language) {
        var lines = invoice.lines().stream().map(l -> new Line(l.metric(), describe(l.metric(), l.period(), invoice.period(), language),
                l.period(), l.quantity(), l.unit(), l.unitPrice(), l.amount())).toList();
        LocalDate issued = day(invoice.finalizedAt() == null ? invoice.createdAt() : invoice.finalizedAt());
        return new BillingDocument(BillingDocument.Kind.INVOICE, invoice.number() == null ? "DRAFT-" + invoice.id() : invoice.number(),
                issued, invoice.period(), issued.plusDays(PAYMENT_DAYS), null, null, seller(), buyer(invoice), lang(language),
                invoice.currency(), lines, invoice.subtotal(), invoice.taxRate(), invoice.tax(), invoice.total());
    }

    public BillingDocument creditNote(InvoiceView invoice, InvoiceView.CreditNoteView note, String language) {
        var line = new Line("credit", describe("credit", invoice.period(), invoice.period(), language) + " " + invoice.number(),
                invoice.period(), BigDecimal.ONE, "each", note.net(), note.net());
        LocalDate issued = day(note.createdAt());
        return new BillingDocument(BillingDocument.Kind.CREDIT_NOTE, note.number(), issued, invoice.period(), issued,
                invoice.number(), note.reason(), seller(), buyer(invoice), lang(language), invoice.currency(), List.of(line),
                note.net(), invoice.taxRate(), note.tax(), note.total());
    }

    private String describe(String metric, String period, String documentPeriod, String language) {
        String[] names = NAMES.getOrDefault(metric, new String[] {metric, metric});
        String name = names["ko".equals(lang(language)) ? 1 : 0];
        return period.equals(documentPeriod) ? name
                : name + ("ko".equals(lang(language)) ? " (" + period + " 추가 사용분)" : " (late usage of " + period + ")");
    }

    private Party seller() {
        return new Party(config.seller(), "billing@hyperchain.local", config.sellerTaxId(), "KR");
    }

    private static Party buyer(InvoiceView invoice) {
        return new Party(invoice.tenantName(), invoice.tenantEmail(), "T" + invoice.tenantId(), "KR");
    }

    private LocalDate day(Instant at) {
        return at.atZone(config.zone()).toLocalDate();
    }

    private static String lang(String language) {
        return "ko".equals(language) ? "ko" : "en";
    }
}
