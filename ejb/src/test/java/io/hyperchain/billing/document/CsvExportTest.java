package io.hyperchain.billing.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private final CsvExport export = new CsvExport();

    static String text(byte[] csv) {
        assertArrayEquals(ExportCsv.BOM, Arrays.copyOf(csv, 3), "starts with the UTF-8 byte order mark");
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> records(byte[] csv) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(text(csv)))) {
            return parser.getRecords();
        }
    }

    @Test
    void aByteOrderMarkAndTheHeaderComeFirst() {
        String text = text(export.export(List.of()));
        assertEquals("kind,number,issue_date,period,tenant,tenant_reference,metric,description,quantity,unit,"
                + "unit_price,net,tax,gross,currency\r\n", text);
    }

    @Test
    void everyLineOfEveryDocumentIsARow() throws IOException {
        var rows = records(export.export(List.of(Documents.invoiceRoundedDown(), Documents.invoiceRoundedUp())));
        assertEquals(4, rows.size());
        assertEquals(List.of("HC-2026-000001", "HC-2026-000001", "HC-2026-000001", "HC-2026-000002"),
                rows.stream().map(r -> r.get("number")).toList());
    }

    @Test
    void aRowCarriesTheLineWithItsTaxAndGross() throws IOException {
        CSVRecord late = records(export.export(List.of(Documents.invoiceRoundedDown()))).get(2);
        assertEquals("INVOICE", late.get("kind"));
        assertEquals("2026-12-01", late.get("issue_date"));
        assertEquals("2026-10", late.get("period"), "the month the usage belongs to, not the document's");
        assertEquals("Acme Ledger Inc.", late.get("tenant"));
        assertEquals("tenant-42", late.get("tenant_reference"));
        assertEquals("node-hours", late.get("metric"));
        assertEquals("Node hours, late usage", late.get("description"));
        assertEquals("12.5", late.get("quantity"));
        assertEquals("hour", late.get("unit"));
        assertEquals("15.432109", late.get("unit_price"));
        assertEquals("192.901363", late.get("net"));
        assertEquals("19.290136", late.get("tax"), "net × 10 %, six decimals");
        assertEquals("212.191499", late.get("gross"));
        assertEquals("KRW", late.get("currency"));
    }

    @Test
    void creditNoteAmountsAreNegativeBecauseTheyReduceRevenue() throws IOException {
        CSVRecord row = records(export.export(List.of(Documents.creditNote("en")))).get(0);
        assertEquals("CREDIT_NOTE", row.get("kind"));
        assertEquals("24", row.get("quantity"));
        assertEquals("15.432109", row.get("unit_price"));
        assertEquals("-370.370616", row.get("net"));
        assertEquals("-37.037062", row.get("tax"));
        assertEquals("-407.407678", row.get("gross"));
    }

    @Test
    void koreanTextIsUtf8() throws IOException {
        CSVRecord row = records(export.export(List.of(Documents.koreanInvoice()))).get(1);
        assertEquals("주식회사 한빛체인", row.get("tenant"));
        assertEquals("월 기본료 (비즈니스 요금제)", row.get("description"));
    }

    @Test
    void largeAndSmallNumbersArePlainNotScientific() throws IOException {
        var doc = Documents.invoice("HC-2026-000009", "en", Documents.BUYER_EN,
                Documents.line("storage", "Storage", "2026-11", "1E+7", "each", "0.0000001"));
        CSVRecord row = records(export.export(List.of(doc))).get(0);
        assertEquals("10000000", row.get("quantity"));
        assertEquals("0.0000001", row.get("unit_price"));
        assertEquals("1.000000", row.get("net"));
    }

    @Test
    void recordsEndInCrLfOnEveryPlatform() {
        String text = text(export.export(List.of(Documents.invoiceRoundedDown())));
        assertEquals(4, text.split("\r\n", -1).length - 1);
        assertFalse(text.replace("\r\n", "").contains("\n"));
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() {
        var docs = List.of(Documents.invoiceRoundedDown(), Documents.creditNote("ko"));
        assertArrayEquals(export.export(docs), export.export(docs));
    }
}
