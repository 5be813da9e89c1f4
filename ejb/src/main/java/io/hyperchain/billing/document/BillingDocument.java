package io.hyperchain.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A finalized invoice or credit note as accounting sees it: what the PDF, the CSV, the journal
 * and the UBL exports are made from. Plain data, no framework.
 *
 * @param kind        INVOICE or CREDIT_NOTE
 * @param number      HC-2026-000001 / HC-CN-2026-000001
 * @param issueDate   the day it was finalized, in the installation's time zone
 * @param period      the billing month, "2026-11"
 * @param dueDate     when payment is due
 * @param invoiceNumber for a credit note, the invoice it credits; null for an invoice
 * @param reason      for a credit note, why; null for an invoice
 * @param language    "en" or "ko": the tenant's language
 * @param currency    ISO 4217, e.g. KRW
 * @param subtotal    sum of the line amounts, full precision
 * @param taxRate     a fraction: 0.10 for 10 % VAT
 * @param tax         subtotal × taxRate, full precision
 * @param total       subtotal + tax rounded once to the currency's unit (whole won)
 */
public record BillingDocument(Kind kind, String number, LocalDate issueDate, String period, LocalDate dueDate,
                              String invoiceNumber, String reason, Party seller, Party buyer, String language,
                              String currency, List<Line> lines, BigDecimal subtotal, BigDecimal taxRate,
                              BigDecimal tax, BigDecimal total) {

    public enum Kind { INVOICE, CREDIT_NOTE }

    /** A seller or buyer: name, e-mail, a reference (tenant id or company id), country code. */
    public record Party(String name, String email, String reference, String countryCode) {
    }

    /**
     * One line. {@code metric} is a metric code ("node-hours") or "monthly-fee" or "credit";
     * {@code period} the month the usage belongs to (differs from the document's for a late
     * adjustment); amounts are net, full precision; {@code unit} is "hour", "month" or "each".
     */
    public record Line(String metric, String description, String period, BigDecimal quantity, String unit,
                       BigDecimal unitPrice, BigDecimal net) {
    }

    public BillingDocument {
        lines = List.copyOf(lines);
    }
}
