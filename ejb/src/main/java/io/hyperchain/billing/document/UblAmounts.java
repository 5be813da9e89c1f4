package io.hyperchain.billing.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A document's amounts as UBL may carry them. EN 16931 allows at most two decimals on amounts
 * (BR-DEC), while the portal keeps six and rounds only the total; so each line is rounded to
 * cents, the sums are built from the rounded lines (BR-CO-10, BR-CO-15, BR-S-08) and whatever
 * separates them from the portal's total becomes the rounding amount. The payable amount is then
 * exactly the total the tenant saw.
 *
 * <p>A credit note is exported with positive amounts, whichever sign the portal stored it with.
 *
 * @param lines           one per document line, in order
 * @param lineTotal       sum of the rounded line amounts (also the taxable amount)
 * @param tax             lineTotal × rate, rounded to cents
 * @param taxInclusive    lineTotal + tax
 * @param rounding        payable − taxInclusive
 * @param payable         the document's total
 */
record UblAmounts(List<LineAmounts> lines, BigDecimal lineTotal, BigDecimal tax, BigDecimal taxInclusive,
                  BigDecimal rounding, BigDecimal payable) {

    /** UBL's amount precision (BR-DEC-*). */
    static final int CENTS = 2;

    /**
     * One line: the quantity carries the line's sign, because the price may not be negative
     * (BR-27); quantity and price keep their precision, only the net is rounded.
     */
    record LineAmounts(BigDecimal quantity, BigDecimal price, BigDecimal net) {
    }

    static UblAmounts of(BillingDocument document) {
        BigDecimal sign = document.kind() == BillingDocument.Kind.CREDIT_NOTE && document.total().signum() < 0
                ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        List<LineAmounts> lines = document.lines().stream().map(line -> line(line, sign)).toList();
        BigDecimal lineTotal = lines.stream().map(LineAmounts::net).reduce(cents(BigDecimal.ZERO), BigDecimal::add);
        BigDecimal tax = cents(lineTotal.multiply(document.taxRate()));
        BigDecimal taxInclusive = lineTotal.add(tax);
        // the total is already rounded to the currency's unit; as stored it may carry zeros to 6 places,
        // and UBL amounts take at most two
        BigDecimal payable = document.total().multiply(sign).setScale(2, java.math.RoundingMode.HALF_UP);
        return new UblAmounts(lines, lineTotal, tax, taxInclusive, payable.subtract(taxInclusive), payable);
    }

    private static LineAmounts line(BillingDocument.Line line, BigDecimal sign) {
        BigDecimal net = cents(line.net().multiply(sign));
        BigDecimal quantity = line.quantity().abs();
        BigDecimal price = line.unitPrice() != null ? line.unitPrice().abs() : impliedPrice(line);
        return new LineAmounts(net.signum() < 0 ? quantity.negate() : quantity, price, net);
    }

    // a line without a unit price (a credit, say) is priced at its net per unit
    private static BigDecimal impliedPrice(BillingDocument.Line line) {
        BigDecimal net = line.net().abs();
        return line.quantity().signum() == 0 ? net
                : net.divide(line.quantity().abs(), net.scale(), RoundingMode.HALF_UP);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(CENTS, RoundingMode.HALF_UP);
    }
}
