package io.hyperchain.billing.rating;

import java.math.BigDecimal;

/**
 * One line of a month's usage or an invoice: {@code metric} is a metric code or "monthly-fee";
 * {@code period} names the month the usage belongs to (another month for a late adjustment);
 * {@code usageCount} and {@code usageHash} trace it back to the usage intervals it rated.
 */
public record RatedLine(String metric, String period, BigDecimal quantity, String unit, BigDecimal unitPrice,
                        BigDecimal amount, int usageCount, String usageHash) {

    public static final String MONTHLY_FEE = "monthly-fee";
}
