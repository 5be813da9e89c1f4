package io.hyperchain.billing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.billing.rating.Metric;
import io.hyperchain.shared.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of a new plan version that need no database: fee, prices and instants within what the columns hold. */
class PricePlansTest {

    private static PlanDraft draft(BigDecimal fee, Map<String, BigDecimal> prices, Map<String, PlanDraft.TierDraft> tiers) {
        return new PlanDraft("pro", "KRW", fee, Instant.parse("2030-01-01T00:00:00Z"), false, prices, tiers);
    }

    private static void assertRefused(String field, String code, Runnable check) {
        var e = assertThrows(DomainException.class, check::run);
        assertEquals(field, e.field());
        assertEquals(code, e.code());
    }

    @Test
    void theFeeIsZeroWhenAbsentAndAsSentUpToTheMaximum() {
        assertEquals(BigDecimal.ZERO, PricePlans.fee(draft(null, Map.of(), Map.of())));
        assertEquals(PricePlans.MAX_PRICE, PricePlans.fee(draft(PricePlans.MAX_PRICE, Map.of(), Map.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100000000000000", "1E+20", "999999999999999999999999999999"})
    void aFeeBelowZeroOrBeyondWhatTheColumnHoldsIsRefused(String fee) {
        // DECIMAL(20,6): 1E+15 used to fail the insert, a 500
        assertRefused("monthlyFee", "plan.monthlyFee", () -> PricePlans.fee(draft(new BigDecimal(fee), Map.of(), Map.of())));
    }

    @Test
    void aUnitPriceBeyondWhatAnInvoiceLineHoldsIsRefused() {
        assertRefused("prices.node-hours", "plan.price",
                () -> PricePlans.prices(draft(null, Map.of("node-hours", new BigDecimal("1E+14")), Map.of())));
        var tiers = Map.of("cpu-core-hours", new PlanDraft.TierDraft("graduated", List.of(
                new PlanDraft.TierStep(new BigDecimal("100"), new BigDecimal("30")),
                new PlanDraft.TierStep(null, new BigDecimal("1E+20")))));
        assertRefused("tiers.cpu-core-hours", "plan.tiers", () -> PricePlans.prices(draft(null, Map.of(), tiers)));
    }

    @Test
    void pricesUpToTheMaximumAreTaken() {
        var prices = PricePlans.prices(draft(null, Map.of("node-hours", PricePlans.MAX_PRICE), Map.of()));
        assertEquals(0, PricePlans.MAX_PRICE.compareTo(prices.get(Metric.NODE_HOURS).unitPrice()));
    }

    @Test
    void anInstantOutsideWhatATimestampColumnHoldsIsRefused() {
        assertRefused("validFrom", "plan.tooLate", () -> PricePlans.checkInstant(Instant.parse("2038-01-01T00:00:00Z"), "validFrom"));
        assertRefused("from", "plan.tooEarly", () -> PricePlans.checkInstant(Instant.parse("1969-12-31T00:00:00Z"), "from"));
        assertRefused("from", "plan.tooEarly", () -> PricePlans.checkInstant(Instant.parse("-999999999-01-01T00:00:00Z"), "from"));
        assertDoesNotThrow(() -> PricePlans.checkInstant(Instant.parse("2000-01-01T00:00:00Z"), "validFrom"));
    }
}
