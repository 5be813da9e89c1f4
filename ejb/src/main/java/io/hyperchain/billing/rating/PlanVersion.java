package io.hyperchain.billing.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One version of a price plan: what it costs from {@code validFrom}. A metric not priced is free. */
public record PlanVersion(long id, String name, int version, String currency, BigDecimal monthlyFee,
                          Instant validFrom, Map<Metric, MetricPrice> prices) {

    public PlanVersion {
        prices = Map.copyOf(prices);
        if (monthlyFee == null || monthlyFee.signum() < 0) {
            throw new IllegalArgumentException("monthlyFee must be zero or more");
        }
    }

    public MetricPrice price(Metric metric) {
        return prices.getOrDefault(metric, MetricPrice.flat(BigDecimal.ZERO));
    }
}
