package io.hyperchain.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A new plan version as an admin sent it, not yet checked: prices per metric code, and tiers per
 * metric code (which then win over the flat price).
 */
public record PlanDraft(String name, String currency, BigDecimal monthlyFee, Instant validFrom, boolean isDefault,
                        Map<String, BigDecimal> prices, Map<String, TierDraft> tiers) {

    /** {@code mode} is "graduated" or "volume"; the last tier has no {@code upTo}. */
    public record TierDraft(String mode, List<TierStep> tiers) {
    }

    /** One tier as sent: units up to {@code upTo} (null: the rest) at {@code unitPrice}. */
    public record TierStep(BigDecimal upTo, BigDecimal unitPrice) {
    }
}
