package io.hyperchain.billing.rating;

import java.math.BigDecimal;

/** Units up to {@code upTo} (null: no upper bound) cost {@code unitPrice} each. */
public record PriceTier(BigDecimal upTo, BigDecimal unitPrice) {

    public PriceTier {
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new IllegalArgumentException("a tier's unitPrice must be zero or more");
        }
        if (upTo != null && upTo.signum() <= 0) {
            throw new IllegalArgumentException("a tier's upTo must be more than zero");
        }
    }
}
