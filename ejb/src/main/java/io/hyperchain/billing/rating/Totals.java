package io.hyperchain.billing.rating;

import java.math.BigDecimal;
import java.util.List;

/** Subtotal and tax keep their precision; the total is rounded once to the currency's unit. */
public record Totals(BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax, BigDecimal total) {

    /** {@code taxRate} is a fraction: 0.10 for 10 % VAT. */
    public static Totals of(List<RatedLine> lines, BigDecimal taxRate, String currency) {
        BigDecimal subtotal = Money.precise(lines.stream().map(RatedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal tax = Money.precise(subtotal.multiply(taxRate));
        return new Totals(subtotal, taxRate, tax, Money.roundTotal(subtotal.add(tax), currency));
    }
}
