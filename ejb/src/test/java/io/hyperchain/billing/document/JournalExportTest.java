package io.hyperchain.billing.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.billing.document.JournalExport.Entry;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class JournalExportTest {

    private static void assertBalanced(List<Entry> entries) {
        BigDecimal debits = entries.stream().map(Entry::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = entries.stream().map(Entry::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, debits.compareTo(credits), () -> "debits " + debits + " ≠ credits " + credits);
    }

    /** "account D 12.5" or "account C 12.5": one side only, read at a glance. */
    private static List<String> booked(List<Entry> entries) {
        return entries.stream().map(e -> {
            assertTrue(e.debit().signum() == 0 ^ e.credit().signum() == 0, "exactly one side: " + e);
            return e.debit().signum() > 0 ? e.account() + " D " + e.debit().toPlainString()
                    : e.account() + " C " + e.credit().toPlainString();
        }).toList();
    }

    private static BigDecimal amount(String value) {
        return value.isEmpty() ? BigDecimal.ZERO : new BigDecimal(value);
    }

    @Test
    void anInvoiceRoundedDownDebitsTheDifference() {
        var entries = JournalExport.entries(Documents.invoiceRoundedDown());
        assertEquals(List.of(
                "1100 Accounts receivable D 67434",
                "4000 Revenue node-hours C 11304.019843",
                "4000 Revenue monthly-fee C 50000.000000",
                "2100 VAT payable C 6130.401984",
                "4990 Rounding differences D 0.421827"), booked(entries));
        assertBalanced(entries);
    }

    @Test
    void anInvoiceRoundedUpCreditsTheDifference() {
        var entries = JournalExport.entries(Documents.invoiceRoundedUp());
        assertEquals(List.of(
                "1100 Accounts receivable D 1372",
                "4000 Revenue node-hours C 1246.913478",
                "2100 VAT payable C 124.691348",
                "4990 Rounding differences C 0.395174"), booked(entries));
        assertBalanced(entries);
    }

    @Test
    void aCreditNoteIsTheMirror() {
        var entries = JournalExport.entries(Documents.creditNote("en"));
        assertEquals(List.of(
                "1100 Accounts receivable C 407",
                "4000 Revenue node-hours D 370.370616",
                "2100 VAT payable D 37.037062",
                "4990 Rounding differences C 0.407678"), booked(entries));
        assertBalanced(entries);
        assertEquals("Credit note HC-CN-2026-000001 for HC-2026-000001 Acme Ledger Inc.", entries.get(0).description());
    }

    @Test
    void anExactTotalBooksNoRounding() {
        var doc = Documents.invoice("HC-2026-000010", "en", Documents.BUYER_EN,
                Documents.line("node-hours", "Node hours", "2026-11", "10", "hour", "1000"));
        var entries = JournalExport.entries(doc);
        assertEquals(3, entries.size());
        assertFalse(entries.stream().anyMatch(e -> e.account().equals(JournalExport.ROUNDING)));
        assertBalanced(entries);
    }

    @Test
    void aNegativeCreditLineReducesRevenueOnTheDebitSide() {
        var doc = Documents.invoice("HC-2026-000011", "en", Documents.BUYER_EN,
                Documents.line("node-hours", "Node hours", "2026-11", "720", "hour", "15.432109"),
                Documents.line("credit", "Goodwill credit", "2026-11", "1", "each", "-1000"));
        var entries = JournalExport.entries(doc);
        assertEquals("4000 Revenue credit D 1000.000000", booked(entries).get(2));
        assertBalanced(entries);
    }

    @Test
    void entriesCarryTheDocumentsDateNumberAndCurrency() {
        Entry entry = JournalExport.entries(Documents.invoiceRoundedDown()).get(1);
        assertEquals(LocalDate.of(2026, 12, 1), entry.date());
        assertEquals("HC-2026-000001", entry.documentNumber());
        assertEquals("node-hours 2026-11", entry.description());
        assertEquals("KRW", entry.currency());
    }

    @Test
    void theCsvParsesBackAndEveryDocumentBalances() throws IOException {
        var docs = List.of(Documents.invoiceRoundedDown(), Documents.invoiceRoundedUp(), Documents.creditNote("ko"),
                Documents.koreanInvoice());
        byte[] csv = new JournalExport().export(docs);
        List<CSVRecord> rows = CsvExportTest.records(csv);
        assertEquals(docs.stream().mapToInt(d -> JournalExport.entries(d).size()).sum(), rows.size());
        assertEquals("date,document_number,account,description,debit,credit,currency",
                CsvExportTest.text(csv).lines().findFirst().orElseThrow());

        Map<String, BigDecimal> balance = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            assertTrue(row.get("debit").isEmpty() ^ row.get("credit").isEmpty(), "one side per row: " + row);
            balance.merge(row.get("document_number"), amount(row.get("debit")).subtract(amount(row.get("credit"))),
                    BigDecimal::add);
        }
        assertEquals(List.of("HC-2026-000001", "HC-2026-000002", "HC-CN-2026-000001", "HC-2026-000003"),
                List.copyOf(balance.keySet()));
        balance.forEach((number, difference) -> assertEquals(0, difference.signum(), number + " is off by " + difference));
        assertArrayEquals(csv, new JournalExport().export(docs), "same documents, same bytes");
    }
}
