package io.hyperchain.billing.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one place money is rounded. Amounts inside a document keep their precision; only the
 * document's total is rounded, once, to the currency's unit (KRW: whole won), half up.
 */
public final class Money {

    /** Working precision of quantities and line amounts. */
    public static final int SCALE = 6;

    private Money() {
    }

    /** Rounds a document total to the currency's unit. */
    public static BigDecimal roundTotal(BigDecimal amount, String currency) {
        return amount.setScale(unitDigits(currency), RoundingMode.HALF_UP);
    }

    /** KRW has no minor unit; EUR and USD have two. */
    public static int unitDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** Keeps working precision: the scale a stored amount has. */
    public static BigDecimal precise(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
