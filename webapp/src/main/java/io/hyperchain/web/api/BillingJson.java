package io.hyperchain.web.api;

import io.hyperchain.billing.InvoiceView;
import io.hyperchain.billing.UsageReport;
import io.hyperchain.billing.rating.RatedLine;
import io.hyperchain.web.JsonValues;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** Billing's JSON shapes, one place for the tenant's, the admin's and the accountant's resources. */
final class BillingJson {

    private BillingJson() {
    }

    /** A decimal without trailing zeros and never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    static JsonArrayBuilder lines(List<RatedLine> lines) {
        var array = JsonValues.array();
        lines.forEach(l -> array.add(JsonValues.object().add("metric", l.metric()).add("period", l.period())
                .add("quantity", plain(l.quantity())).add("unit", l.unit()).add("unitPrice", plain(l.unitPrice()))
                .add("amount", plain(l.amount())).add("usageCount", l.usageCount()).add("usageHash", l.usageHash())));
        return array;
    }

    static JsonObject usage(UsageReport report) {
        return JsonValues.object().add("month", report.month().label()).add("currency", report.currency())
                .add("lines", lines(report.lines())).add("subtotal", plain(report.totals().subtotal()))
                .add("taxRate", plain(report.totals().taxRate())).add("tax", plain(report.totals().tax()))
                .add("total", plain(report.totals().total())).add("final", report.isFinal()).build();
    }

    static JsonObjectBuilder invoiceSummary(InvoiceView i) {
        var body = JsonValues.object().add("id", i.id()).add("tenantId", i.tenantId()).add("tenantName", i.tenantName())
                .add("period", i.period()).add("state", i.state()).add("currency", i.currency())
                .add("subtotal", plain(i.subtotal())).add("taxRate", plain(i.taxRate())).add("tax", plain(i.tax()))
                .add("total", plain(i.total())).add("credited", plain(i.credited())).add("remaining", plain(i.remaining()))
                .add("finalClose", i.finalClose()).add("createdAt", i.createdAt().toString());
        if (i.number() != null) {
            body.add("number", i.number());
        } else {
            body.addNull("number");
        }
        if (i.finalizedAt() != null) {
            body.add("finalizedAt", i.finalizedAt().toString());
        }
        if (i.paidAt() != null) {
            body.add("paidAt", i.paidAt().toString());
        }
        return body;
    }

    static JsonObject invoice(InvoiceView i) {
        var notes = JsonValues.array();
        i.creditNotes().forEach(c -> notes.add(creditNote(c)));
        return invoiceSummary(i).add("lines", lines(i.lines())).add("creditNotes", notes).build();
    }

    static JsonObjectBuilder creditNote(InvoiceView.CreditNoteView c) {
        return JsonValues.object().add("id", c.id()).add("number", c.number()).add("net", plain(c.net()))
                .add("tax", plain(c.tax())).add("total", plain(c.total())).add("reason", c.reason())
                .add("createdBy", c.createdBy()).add("createdAt", c.createdAt().toString());
    }
}
