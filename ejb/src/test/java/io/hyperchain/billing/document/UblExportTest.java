package io.hyperchain.billing.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import io.hyperchain.billing.document.BillingDocument.Kind;
import io.hyperchain.billing.document.BillingDocument.Line;
import io.hyperchain.billing.document.BillingDocument.Party;
import io.hyperchain.billing.rating.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class UblExportTest {

    private static final BigDecimal RATE = new BigDecimal("0.10");
    private static final Party SELLER = new Party("HyperChain Co., Ltd.", "billing@hyperchain.io", "123-45-67890", "KR");
    private static final Party BUYER = new Party("주식회사 에이크미", "finance@acme.co.kr", "tenant-4711", "KR");

    private static final BillingDocument INVOICE = document(Kind.INVOICE, "HC-2026-000001", null, null, List.of(
            line("monthly-fee", "Standard plan, 2026-11", "2026-11", "1.000000", "month", "99000.000000", "99000.000000"),
            line("node-hours", "노드 사용 시간", "2026-11", "1234.567891", "hour", "45.500000", "56172.839041"),
            line("storage", "Storage, GB-months", "2026-11", "87.333333", "month", "120.000000", "10479.999960"),
            line("node-hours", "Node hours, late usage", "2026-10", "12.345678", "hour", "45.500000", "561.728349"),
            line("credit", "Goodwill credit", "2026-11", "1.000000", "each", "-5000.000000", "-5000.000000")));

    private static final BillingDocument CREDIT_NOTE = document(Kind.CREDIT_NOTE, "HC-CN-2026-000001", "HC-2026-000001",
            "Node outage on 2026-11-14", List.of(
                    line("node-hours", "노드 장애 보상", "2026-11", "100.250000", "hour", "45.500000", "4561.375000"),
                    line("monthly-fee", "Standard plan, 2026-11, 3 days", "2026-11", "0.100000", "month",
                            "99000.000000", "9900.000000")));

    @Test
    void anInvoiceAndItsCreditNoteAreValidUbl() throws IOException {
        Map<String, byte[]> entries = unzip(UblExport.zip(List.of(INVOICE, CREDIT_NOTE)));

        byte[] invoice = entries.get("HC-2026-000001.xml");
        UblValidation.assertValid("invoice", invoice);
        byte[] creditNote = entries.get("HC-CN-2026-000001.xml");
        UblValidation.assertValid("credit note", creditNote);
    }

    @Test
    void entriesAreNamedByNumberInTheGivenOrder() throws IOException {
        var names = List.copyOf(unzip(UblExport.zip(List.of(CREDIT_NOTE, INVOICE))).keySet());
        assertEquals(List.of("HC-CN-2026-000001.xml", "HC-2026-000001.xml"), names);
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() throws IOException {
        byte[] zip = UblExport.zip(List.of(INVOICE, CREDIT_NOTE));
        assertArrayEquals(zip, UblExport.zip(List.of(INVOICE, CREDIT_NOTE)));
        // stamped with the issue date, not the clock (and not shifted by the JVM's zone)
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertEquals(LocalDateTime.of(2026, 12, 1, 0, 0), in.getNextEntry().getTimeLocal());
        }
    }

    @Test
    void thePayableAmountIsTheDocumentsTotal() {
        var invoice = UBL21Marshaller.invoice().read(UblExport.xml(INVOICE));
        assertEquals(0, INVOICE.total().compareTo(invoice.getLegalMonetaryTotal().getPayableAmountValue()));
        // the cents the line rounding leaves are accounted for, not lost
        var totals = invoice.getLegalMonetaryTotal();
        assertEquals(0, totals.getTaxInclusiveAmountValue().add(totals.getPayableRoundingAmountValue())
                .compareTo(INVOICE.total()));

        var creditNote = UBL21Marshaller.creditNote().read(UblExport.xml(CREDIT_NOTE));
        assertEquals(0, CREDIT_NOTE.total().compareTo(creditNote.getLegalMonetaryTotal().getPayableAmountValue()));
    }

    @Test
    void aTotalReadBackFromTheDatabaseWithSixPlacesIsStillValid() throws IOException {
        // DECIMAL(24,6) gives 12375.000000: the payable and rounding amounts must still have two places
        var stored = new BillingDocument(INVOICE.kind(), INVOICE.number(), INVOICE.issueDate(), INVOICE.period(), INVOICE.dueDate(),
                null, null, INVOICE.seller(), INVOICE.buyer(), "en", "KRW", INVOICE.lines(), INVOICE.subtotal(), INVOICE.taxRate(),
                INVOICE.tax(), INVOICE.total().setScale(6));
        UblValidation.assertValid("stored invoice", UblExport.xml(stored));
    }

    @Test
    void aCreditNoteStoredNegativeIsExportedPositive() {
        var negative = document(Kind.CREDIT_NOTE, "HC-CN-2026-000002", "HC-2026-000001", "Duplicate charge", List.of(
                line("node-hours", "Node hours", "2026-11", "-10.000000", "hour", "45.500000", "-455.000000")));
        var note = UBL21Marshaller.creditNote().read(UblExport.xml(negative));
        assertEquals(new BigDecimal("501.00"), note.getLegalMonetaryTotal().getPayableAmountValue());
        assertEquals(new BigDecimal("10.000000"), note.getCreditNoteLine().get(0).getCreditedQuantityValue());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Line line(String metric, String description, String period, String quantity, String unit,
                             String unitPrice, String net) {
        return new Line(metric, description, period, new BigDecimal(quantity), unit, new BigDecimal(unitPrice),
                new BigDecimal(net));
    }

    // totals as the portal makes them: full precision, the total rounded once to whole won
    private static BillingDocument document(Kind kind, String number, String invoiceNumber, String reason,
                                            List<Line> lines) {
        BigDecimal subtotal = Money.precise(lines.stream().map(Line::net).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal tax = Money.precise(subtotal.multiply(RATE));
        BigDecimal total = Money.roundTotal(subtotal.add(tax), "KRW");
        return new BillingDocument(kind, number, LocalDate.of(2026, 12, 1), "2026-11", LocalDate.of(2026, 12, 15),
                invoiceNumber, reason, SELLER, BUYER, "ko", "KRW", lines, subtotal, RATE, tax, total);
    }
}
