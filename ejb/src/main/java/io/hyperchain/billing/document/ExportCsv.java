package io.hyperchain.billing.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** What the CSV and the journal export share: the file format, and the sign a credit note carries. */
final class ExportCsv {

    /** Without the byte order mark, a spreadsheet opening the file guesses a legacy code page and garbles Korean. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Every row of the file; may throw what CSVPrinter throws. */
    @FunctionalInterface
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private ExportCsv() {
    }

    /** UTF-8 with BOM, the header row, then the rows; "\r\n" fixed so the bytes do not depend on the platform. */
    static byte[] write(String[] header, Rows rows) {
        var format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\r\n").get();
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, format)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: not expected
        }
        return bytes.toByteArray();
    }

    /**
     * An amount as it counts towards revenue: a credit note's amounts are stored positive, as printed on
     * the credit note, but they reduce revenue.
     */
    static BigDecimal revenue(BillingDocument doc, BigDecimal amount) {
        return doc.kind() == BillingDocument.Kind.CREDIT_NOTE ? amount.negate() : amount;
    }

    /** Plain decimal, never "1E+3": spreadsheets and accounting imports read it as written. */
    static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
