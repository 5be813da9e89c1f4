package io.hyperchain.billing.rating;

import java.math.BigDecimal;
import java.util.List;

/**
 * The price of one metric in a plan: a flat unit price, or tiers. Graduated: each unit costs
 * the price of the tier it falls in. Volume: every unit costs the price of the tier the whole
 * quantity reaches.
 */
public record MetricPrice(BigDecimal unitPrice, TierMode mode, List<PriceTier> tiers) {

    public enum TierMode { FLAT, GRADUATED, VOLUME }

    public MetricPrice {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        if (mode == TierMode.FLAT && (unitPrice == null || unitPrice.signum() < 0)) {
            throw new IllegalArgumentException("price must be zero or more");
        }
        if (mode != TierMode.FLAT) {
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("tiers must not be empty");
            }
            for (int i = 0; i < tiers.size(); i++) {
                BigDecimal upTo = tiers.get(i).upTo();
                boolean last = i == tiers.size() - 1;
                if (upTo == null && !last) {
                    throw new IllegalArgumentException("only the last tier may be open-ended");
                }
                if (i > 0 && upTo != null && upTo.compareTo(tiers.get(i - 1).upTo()) <= 0) {
                    throw new IllegalArgumentException("tiers must rise");
                }
            }
            if (tiers.get(tiers.size() - 1).upTo() != null) {
                throw new IllegalArgumentException("the last tier must be open-ended");
            }
        }
    }

    public static MetricPrice flat(BigDecimal unitPrice) {
        return new MetricPrice(unitPrice, TierMode.FLAT, List.of());
    }

    /** The amount for a quantity, at full precision. */
    public BigDecimal amount(BigDecimal quantity) {
        return switch (mode) {
            case FLAT -> quantity.multiply(unitPrice);
            case VOLUME -> quantity.multiply(volumeTier(quantity).unitPrice());
            case GRADUATED -> graduated(quantity);
        };
    }

    /** The price of one unit at this quantity, as shown on a line (the average for graduated tiers). */
    public BigDecimal shownUnitPrice(BigDecimal quantity) {
        return switch (mode) {
            case FLAT -> unitPrice;
            case VOLUME -> volumeTier(quantity).unitPrice();
            case GRADUATED -> quantity.signum() == 0 ? tiers.get(0).unitPrice()
                    : Money.precise(graduated(quantity).divide(quantity, Money.SCALE, java.math.RoundingMode.HALF_UP));
        };
    }

    // volume: the first tier whose bound the whole quantity does not pass
    private PriceTier volumeTier(BigDecimal quantity) {
        return tiers.stream().filter(t -> t.upTo() == null || quantity.compareTo(t.upTo()) <= 0)
                .findFirst().orElseThrow();
    }

    // graduated: each slice of the quantity at the price of the tier it lies in
    private BigDecimal graduated(BigDecimal quantity) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal below = BigDecimal.ZERO;
        for (PriceTier tier : tiers) {
            BigDecimal top = tier.upTo() == null ? quantity : tier.upTo().min(quantity);
            if (top.compareTo(below) > 0) {
                total = total.add(top.subtract(below).multiply(tier.unitPrice()));
            }
            if (tier.upTo() == null || quantity.compareTo(tier.upTo()) <= 0) {
                break;
            }
            below = tier.upTo();
        }
        return total;
    }
}
