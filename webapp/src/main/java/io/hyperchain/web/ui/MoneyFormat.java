package io.hyperchain.web.ui;

import io.hyperchain.billing.rating.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and quantities as the pages show them, in the reader's language: {@code ₩1,070}. Display
 * only: amounts are computed (and rounded once) by billing's {@link Money}; this never rounds a
 * total to anything but the currency's unit it already has.
 */
@Named("money")
@RequestScoped
public class MoneyFormat {

    /** Unit prices and line amounts keep up to this many decimals on the page. */
    static final int PRECISE_DIGITS = 4;

    @Inject
    LanguageView language;

    /** An amount in the currency's unit: ₩12,345 (empty when there is none). */
    public String of(Amount amount) {
        return amount == null ? "" : total(amount.value(), amount.currency());
    }

    /** An amount in the currency's unit: ₩12,345. */
    public String total(BigDecimal value, String currency) {
        int unit = Money.unitDigits(currency);
        return format(value, currency, language.getLocale(), unit, unit);
    }

    /** A unit price or a line amount, with the decimals it has (at most four): ₩12.5. */
    public String precise(BigDecimal value, String currency) {
        return format(value, currency, language.getLocale(), Money.unitDigits(currency),
                Math.max(PRECISE_DIGITS, Money.unitDigits(currency)));
    }

    /** A quantity (hours, GiB-months): 1,234.567. */
    public String quantity(BigDecimal value) {
        return value == null ? "" : number(language.getLocale(), 0, 3).format(value);
    }

    /** A fraction as a percentage: 0.10 → 10. */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    static String format(BigDecimal value, String currency, Locale locale, int minDigits, int maxDigits) {
        if (value == null || currency == null) {
            return "";
        }
        return Currency.getInstance(currency).getSymbol(locale) + number(locale, minDigits, maxDigits).format(value);
    }

    private static NumberFormat number(Locale locale, int minDigits, int maxDigits) {
        var format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDigits);
        format.setMaximumFractionDigits(maxDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format;
    }
}
