package io.hyperchain.billing.document;

import io.hyperchain.billing.rating.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Billing documents as a spreadsheet: one row per document line, credit notes negative so that a
 * column sum is the revenue.
 */
public final class CsvExport {

    static final String[] HEADER = {
        "kind", "number", "issue_date", "period", "tenant", "tenant_reference", "metric", "description",
        "quantity", "unit", "unit_price", "net", "tax", "gross", "currency"
    };

    public byte[] export(List<BillingDocument> docs) {
        return ExportCsv.write(HEADER, printer -> {
            for (BillingDocument doc : docs) {
                for (BillingDocument.Line line : doc.lines()) {
                    BigDecimal net = ExportCsv.revenue(doc, line.net());
                    BigDecimal tax = Money.precise(net.multiply(doc.taxRate()));
                    printer.printRecord(doc.kind().name(), doc.number(), doc.issueDate().toString(), line.period(),
                            doc.buyer().name(), doc.buyer().reference(), line.metric(), line.description(),
                            ExportCsv.plain(line.quantity()), line.unit(), ExportCsv.plain(line.unitPrice()),
                            ExportCsv.plain(net), ExportCsv.plain(tax), ExportCsv.plain(net.add(tax)), doc.currency());
                }
            }
        });
    }
}
