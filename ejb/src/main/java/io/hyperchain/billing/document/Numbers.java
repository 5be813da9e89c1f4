package io.hyperchain.billing.document;

import io.hyperchain.billing.rating.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read on documents meant for people: grouped, no spurious zeros, the locale fixed. */
final class Numbers {

    private Numbers() {
    }

    /** 0.10 → "10%", 0.075 → "7.5%". */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Up to six decimals, trailing zeros dropped: 720 hours, 0.5 months. */
    static String quantity(BigDecimal quantity) {
        return format(quantity, 0, Money.SCALE);
    }

    /** A unit price keeps its precision (prices per hour can be fractions of a won). */
    static String unitPrice(BigDecimal price, String currency) {
        return currency + " " + format(price, Money.unitDigits(currency), Money.SCALE);
    }

    /**
     * A line amount, subtotal or tax, which keeps fractions of the currency's unit: at most two decimals,
     * and either none or both for KRW ("KRW 50,000", "KRW 6,130.40", never "KRW 6,130.4").
     */
    static String money(BigDecimal amount, String currency) {
        int unit = Money.unitDigits(currency);
        int max = Math.max(2, unit);
        boolean fraction = amount.setScale(max, RoundingMode.HALF_UP).stripTrailingZeros().scale() > unit;
        return currency + " " + format(amount, fraction ? max : unit, max);
    }

    /** The total is already rounded to the currency's unit: "KRW 12,346". */
    static String total(BigDecimal amount, String currency) {
        int digits = Money.unitDigits(currency);
        return currency + " " + format(amount, digits, digits);
    }

    private static String format(BigDecimal value, int minDigits, int maxDigits) {
        // DecimalFormat is not thread-safe, so one per call; ROOT symbols: "," groups and "." is the point in en and ko.
        var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(minDigits);
        format.setMaximumFractionDigits(maxDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
