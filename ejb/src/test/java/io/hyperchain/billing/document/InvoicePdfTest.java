package io.hyperchain.billing.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    private static final InvoicePdf PDF = new InvoicePdf();

    /** Kept under target/ so that a person can open them. */
    private static byte[] rendered(BillingDocument doc, String name) throws IOException {
        byte[] pdf = PDF.render(doc);
        Path dir = Files.createDirectories(Path.of("target", "invoice-pdf"));
        Files.write(dir.resolve(name), pdf);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static void assertContains(String text, String... expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), () -> "\"" + part + "\" not in:\n" + text);
        }
    }

    @Test
    void anEnglishInvoiceShowsItsNumberLinesAndRoundedTotal() throws IOException {
        String text = text(rendered(Documents.invoiceRoundedDown(), "invoice-en.pdf"));
        assertContains(text, "Invoice", "HC-2026-000001", "HyperChain Cloud Ltd.", "Acme Ledger Inc.",
                "2026-12-01", "2026-12-31", "November 2026", "Node hours, late usage", "Usage of October 2026",
                "KRW 15.432109", "KRW 11,111.12", "Subtotal", "KRW 61,304.02", "VAT (10%)", "KRW 6,130.40", "KRW 192.90", "KRW 50,000",
                "Total", "KRW 67,434");
    }

    @Test
    void aKoreanInvoiceIsInKorean() throws IOException {
        String text = text(rendered(Documents.koreanInvoice(), "invoice-ko.pdf"));
        assertContains(text, "청구서", "HC-2026-000003", "주식회사 한빛체인", "청구 기간", "2026년 11월", "발행일", "지급 기한",
                "노드 사용 시간", "2026년 10월 사용분", "수량", "단가", "금액", "시간", "소계", "부가세 (10%)", "합계", "KRW 67,434");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCreditsAndWhy() throws IOException {
        String en = text(rendered(Documents.creditNote("en"), "credit-note-en.pdf"));
        assertContains(en, "Credit note", "HC-CN-2026-000001", "Credits invoice", "HC-2026-000001",
                "Outage on 2026-11-14, 24 hours", "KRW 407");
        String ko = text(rendered(Documents.creditNote("ko"), "credit-note-ko.pdf"));
        assertContains(ko, "대변표", "원 청구서", "HC-2026-000001", "사유", "2026-11-14 장애로 인한 24시간 환급", "합계", "KRW 407");
    }

    @Test
    void theCreationDateIsTheIssueDateNotTheRenderingTime() throws IOException {
        var reader = new PdfReader(PDF.render(Documents.invoiceRoundedUp()));
        assertTrue(reader.getInfo().get("CreationDate").startsWith("D:20261201"), reader.getInfo()::toString);
        assertTrue(reader.getInfo().get("ModDate").startsWith("D:20261201"), reader.getInfo()::toString);
    }

    @Test
    void theFontIsEmbeddedSoAReaderWithoutItSeesHangul() throws IOException {
        var reader = new PdfReader(PDF.render(Documents.koreanInvoice()));
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        List<String> embedded = new ArrayList<>();
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            assertEquals(PdfName.TYPE0, font.getAsName(PdfName.SUBTYPE));
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            if (descriptor.get(PdfName.FONTFILE2) != null) {
                embedded.add(font.getAsName(PdfName.BASEFONT).toString());
            }
        }
        assertEquals(fonts.size(), embedded.size(), "every font embedded: " + embedded);
        assertTrue(embedded.stream().anyMatch(name -> name.contains("NanumGothic")), embedded::toString);
    }

    @Test
    void aLongInvoiceContinuesOnASecondPage() throws IOException {
        var lines = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> Documents.line("node-hours", "Node hours, environment env-" + i, "2026-11", "720",
                        "hour", "15.432109"))
                .toArray(BillingDocument.Line[]::new);
        byte[] pdf = rendered(Documents.invoice("HC-2026-000012", "en", Documents.BUYER_EN, lines), "invoice-long-en.pdf");
        var reader = new PdfReader(pdf);
        assertEquals(2, reader.getNumberOfPages());
        String second = new PdfTextExtractor(reader).getTextFromPage(2);
        assertContains(second, "Unit price", "env-40", "KRW", "HC-2026-000012", "Page 2");
    }

    @Test
    void aMissingFontSaysWhichFileAndWhatToInstall() {
        var e = assertThrows(IllegalStateException.class, () -> new InvoicePdf("/nowhere/NanumGothic.ttf"));
        assertContains(e.getMessage(), "/nowhere/NanumGothic.ttf", "fonts-nanum");
    }
}
