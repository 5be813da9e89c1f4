package io.hyperchain.web.api.doc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of usage, invoices, credit notes and price plans; amounts are decimals. Documentation only. */
public final class BillingSchemas {

    private BillingSchemas() {
    }

    @Schema(name = "RatedLine")
    public static final class Line {
        String metric;
        String period;
        BigDecimal quantity;
        String unit;
        BigDecimal unitPrice;
        BigDecimal amount;
        long usageCount;
        String usageHash;
    }

    @Schema(name = "Usage", description = "A month's usage, rated")
    public static final class Usage {
        @Schema(example = "2026-12") String month;
        String currency;
        List<Line> lines;
        BigDecimal subtotal;
        BigDecimal taxRate;
        BigDecimal tax;
        BigDecimal total;
        @Schema(name = "final", description = "The month is closed") boolean isFinal;
    }

    @Schema(name = "InvoiceSummary")
    public static class InvoiceSummary {
        long id;
        long tenantId;
        String tenantName;
        String period;
        @Schema(description = "DRAFT, FINALIZED, ...") String state;
        String currency;
        BigDecimal subtotal;
        BigDecimal taxRate;
        BigDecimal tax;
        BigDecimal total;
        BigDecimal credited;
        BigDecimal remaining;
        @Schema(description = "Made when the account closed") boolean finalClose;
        @Schema(format = "date-time") String createdAt;
        @Schema(nullable = true) String number;
        @Schema(nullable = true, format = "date-time") String finalizedAt;
        @Schema(nullable = true, format = "date-time") String paidAt;
    }

    @Schema(name = "Invoice", description = "An invoice with its lines and credit notes")
    public static final class Invoice extends InvoiceSummary {
        List<Line> lines;
        List<CreditNote> creditNotes;
    }

    @Schema(name = "CreditNote")
    public static class CreditNote {
        long id;
        String number;
        BigDecimal net;
        BigDecimal tax;
        BigDecimal total;
        String reason;
        String createdBy;
        @Schema(format = "date-time") String createdAt;
    }

    @Schema(name = "IssuedCreditNote")
    public static final class IssuedCreditNote extends CreditNote {
        long invoiceId;
    }

    @Schema(name = "CreditRequest", requiredProperties = {"amount", "reason"})
    public static final class CreditRequest {
        @Schema(description = "Net amount credited") BigDecimal amount;
        String reason;
    }

    @Schema(name = "AccountClosed")
    public static final class Closed {
        boolean closed;
        @Schema(description = "The invoice of the month so far") InvoiceSummary invoice;
    }

    @Schema(name = "Rerating", description = "What the invoice would say if rated again now; nothing changes")
    public static final class Rerating {
        long invoiceId;
        String number;
        Invoice invoiced;
        Rerated rerated;
        BigDecimal difference;
    }

    @Schema(name = "Rerated")
    public static final class Rerated {
        List<Line> lines;
        BigDecimal subtotal;
        BigDecimal tax;
        BigDecimal total;
    }

    @Schema(name = "TierStep")
    public static final class TierStep {
        @Schema(nullable = true, description = "Up to this quantity; none for the last step") BigDecimal upTo;
        BigDecimal unitPrice;
    }

    @Schema(name = "TieredPrice")
    public static final class TieredPrice {
        @Schema(enumeration = {"graduated", "volume"}) String mode;
        List<TierStep> tiers;
    }

    @Schema(name = "PricePlan")
    public static final class PricePlan {
        long id;
        String name;
        int version;
        String currency;
        BigDecimal monthlyFee;
        @Schema(format = "date-time") String validFrom;
        @Schema(name = "default") boolean isDefault;
        @Schema(description = "Flat unit prices by metric code") Map<String, BigDecimal> prices;
        @Schema(description = "Tiered prices by metric code") Map<String, TieredPrice> tiers;
        String createdBy;
        @Schema(format = "date-time") String createdAt;
    }

    @Schema(name = "PricePlanDraft", requiredProperties = {"name", "currency", "monthlyFee", "validFrom"})
    public static final class PricePlanDraft {
        String name;
        @Schema(example = "EUR") String currency;
        BigDecimal monthlyFee;
        @Schema(format = "date-time") String validFrom;
        @Schema(name = "default") Boolean isDefault;
        @Schema(description = "Flat unit prices by metric code") Map<String, BigDecimal> prices;
        @Schema(description = "Tiered prices by metric code") Map<String, TieredPrice> tiers;
    }

    @Schema(name = "PlanMove", requiredProperties = {"plan", "from"})
    public static final class PlanMove {
        @Schema(description = "The plan's name") String plan;
        @Schema(format = "date-time") String from;
    }

    @Schema(name = "PlanMoved")
    public static final class PlanMoved {
        long tenantId;
        String plan;
        @Schema(format = "date-time") String from;
    }
}
