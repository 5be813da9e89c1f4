package io.hyperchain.billing;

import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.billing.rating.Metric;
import io.hyperchain.billing.rating.MetricPrice;
import io.hyperchain.billing.rating.PlanTimeline;
import io.hyperchain.billing.rating.PlanVersion;
import io.hyperchain.billing.rating.PriceTier;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.Constraints;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.Rows;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Price plans and their versions. A version is written once and never edited; posting a name
 * that exists makes its next version. No version may start inside a month already invoiced.
 */
@Stateless
public class PricePlans {

    /** MariaDB's TIMESTAMP ends in January 2038. */
    static final Instant LAST_INSTANT = Instant.parse("2038-01-01T00:00:00Z");

    /** ... and begins in January 1970 (a day later here, whatever the zone). */
    static final Instant FIRST_INSTANT = Instant.parse("1970-01-02T00:00:00Z");

    /**
     * The most a fee or a unit price may be: price_plan.monthly_fee and invoice_line.unit_price are
     * DECIMAL(20,6), so more would fail the insert (or a later billing close) instead of being refused.
     */
    static final BigDecimal MAX_PRICE = new BigDecimal("99999999999999");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}");

    /** A stored version with who made it and whether it is the default from its validFrom. */
    public record StoredPlan(PlanVersion plan, boolean isDefault, String createdBy, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BillingConfig config;

    @Inject
    AuditLog audit;

    public StoredPlan create(PlanDraft draft, String actor) {
        String name = draft.name() == null ? "" : draft.name().trim();
        if (!NAME.matcher(name).matches()) {
            throw DomainException.invalid("name", "plan.name", "name: 1 to 64 letters, digits, spaces, dots, dashes or underscores.");
        }
        String currency = draft.currency() == null ? "KRW" : draft.currency();
        try {
            if (!currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException();
            }
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("currency", "plan.currency", "currency must be an ISO 4217 code such as KRW.");
        }
        BigDecimal fee = fee(draft);
        if (draft.validFrom() == null) {
            throw DomainException.invalid("validFrom", "plan.validFrom", "validFrom is required (an instant, e.g. 2027-01-01T00:00:00+09:00).");
        }
        refuseInvoiced(draft.validFrom(), "validFrom", null);
        Map<Metric, MetricPrice> prices = prices(draft);
        Number last = (Number) em.createNativeQuery("select coalesce(max(version), 0) from price_plan where name = ?1")
                .setParameter(1, name).getSingleResult();
        int version = last.intValue() + 1;
        Instant now = Instant.now(clock);
        try {
            em.createNativeQuery("insert into price_plan (name, version, currency, monthly_fee, valid_from, is_default, "
                            + "prices, created_by, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, name).setParameter(2, version).setParameter(3, currency).setParameter(4, fee)
                    .setParameter(5, Timestamp.from(draft.validFrom())).setParameter(6, draft.isDefault())
                    .setParameter(7, PlanPrices.toJson(prices)).setParameter(8, actor).setParameter(9, Timestamp.from(now))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_price_plan_version")) {
                throw new DomainException(Problem.CONFLICT, "plan.concurrent", "name",
                        "Another version of " + name + " was just made; send it again.");
            }
            throw e;
        }
        audit.record(actor, "plan.version", name + " v" + version + " from " + draft.validFrom());
        return list().stream().filter(p -> p.plan().name().equals(name) && p.plan().version() == version).findFirst()
                .orElseThrow();
    }

    /** Every version of every plan, oldest first. */
    public List<StoredPlan> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, version, currency, monthly_fee, valid_from, is_default, "
                + "prices, created_by, created_at from price_plan order by valid_from, id").getResultList();
        List<StoredPlan> plans = new ArrayList<>();
        for (Object[] r : rows) {
            var plan = new PlanVersion(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                    (String) r[3], (BigDecimal) r[4], instant(r[5]), PlanPrices.fromJson((String) r[7]));
            plans.add(new StoredPlan(plan, Rows.truth(r[6]), (String) r[8], instant(r[9])));
        }
        return plans;
    }

    /** Which plan applies to the tenant when. */
    public PlanTimeline timeline(long tenantId) {
        var versions = list().stream().map(p -> new PlanTimeline.Version(p.plan(), p.isDefault())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select plan_name, effective_from from tenant_plan where tenant_id = ?1 "
                + "order by effective_from, id").setParameter(1, tenantId).getResultList();
        var moves = rows.stream().map(r -> new PlanTimeline.Move((String) r[0], instant(r[1]))).toList();
        return new PlanTimeline(versions, moves);
    }

    /** Moves a tenant to a plan from an instant; the month is split there. */
    public void move(long tenantId, String planName, Instant from, String actor) {
        if (em.createNativeQuery("select id from tenant where id = ?1").setParameter(1, tenantId).getResultList().isEmpty()) {
            throw new DomainException(Problem.NOT_FOUND, "tenant.notFound", null, "There is no tenant " + tenantId + ".");
        }
        if (from == null) {
            throw DomainException.invalid("from", "plan.from", "from is required (an instant).");
        }
        if (list().stream().noneMatch(p -> p.plan().name().equals(planName))) {
            throw DomainException.invalid("plan", "plan.unknown", "There is no plan called " + planName + ".");
        }
        refuseInvoiced(from, "from", tenantId);
        em.createNativeQuery("insert into tenant_plan (tenant_id, plan_name, effective_from, created_by, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, tenantId).setParameter(2, planName).setParameter(3, Timestamp.from(from))
                .setParameter(4, actor).setParameter(5, Timestamp.from(Instant.now(clock))).executeUpdate();
        audit.record(actor, "plan.move", "tenant " + tenantId + " to " + planName + " from " + from);
    }

    // a change may not reach back into a month some invoice was already finalized for, nor lie
    // outside what a TIMESTAMP column holds
    private void refuseInvoiced(Instant from, String field, Long tenantId) {
        checkInstant(from, field);
        String month = BillingMonth.containing(from, config.zone()).label();
        // a new version reaches every tenant; a move only its own tenant's invoices
        Number invoiced = (Number) em.createNativeQuery("select count(*) from invoice where state <> 'DRAFT' and period >= ?1"
                        + (tenantId == null ? "" : " and tenant_id = " + tenantId))
                .setParameter(1, month).getSingleResult();
        if (invoiced.longValue() > 0) {
            throw DomainException.invalid(field, "plan.invoicedPeriod",
                    field + " lies in " + month + ", a month already invoiced; choose a later instant.");
        }
    }

    /** The draft's monthly fee: zero when absent, else zero to {@link #MAX_PRICE}. */
    static BigDecimal fee(PlanDraft draft) {
        BigDecimal fee = draft.monthlyFee() == null ? BigDecimal.ZERO : draft.monthlyFee();
        if (fee.signum() < 0) {
            throw DomainException.invalid("monthlyFee", "plan.monthlyFee", "monthlyFee must be zero or more.");
        }
        if (fee.compareTo(MAX_PRICE) > 0) {
            throw DomainException.invalid("monthlyFee", "plan.monthlyFee", "monthlyFee must be at most " + MAX_PRICE + ".");
        }
        return fee;
    }

    /** An instant a plan starts at or a tenant moves at: within what a TIMESTAMP column holds. */
    static void checkInstant(Instant from, String field) {
        if (!from.isBefore(LAST_INSTANT)) {
            throw DomainException.invalid(field, "plan.tooLate", field + " must be before " + LAST_INSTANT + ".");
        }
        if (from.isBefore(FIRST_INSTANT)) {
            throw DomainException.invalid(field, "plan.tooEarly", field + " must be after " + FIRST_INSTANT + ".");
        }
    }

    static Map<Metric, MetricPrice> prices(PlanDraft draft) {
        Map<Metric, MetricPrice> prices = new EnumMap<>(Metric.class);
        if (draft.prices() != null) {
            draft.prices().forEach((code, price) -> {
                Metric metric = metric(code, "prices." + code);
                if (price == null || price.signum() < 0) {
                    throw DomainException.invalid("prices." + code, "plan.price", "prices." + code + " must be zero or more.");
                }
                if (price.compareTo(MAX_PRICE) > 0) {
                    throw DomainException.invalid("prices." + code, "plan.price", "prices." + code + " must be at most "
                            + MAX_PRICE + ".");
                }
                prices.put(metric, MetricPrice.flat(price));
            });
        }
        if (draft.tiers() != null) {
            draft.tiers().forEach((code, tiers) -> {
                String field = "tiers." + code;
                Metric metric = metric(code, field);
                MetricPrice.TierMode mode;
                try {
                    mode = MetricPrice.TierMode.valueOf(String.valueOf(tiers.mode()).toUpperCase(java.util.Locale.ROOT));
                    if (mode == MetricPrice.TierMode.FLAT) {
                        throw new IllegalArgumentException();
                    }
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid(field + ".mode", "plan.tierMode", field + ".mode must be graduated or volume.");
                }
                if (tiers.tiers() != null && tiers.tiers().stream()
                        .anyMatch(t -> t != null && t.unitPrice() != null && t.unitPrice().compareTo(MAX_PRICE) > 0)) {
                    throw DomainException.invalid(field, "plan.tiers", field + ": a unitPrice must be at most " + MAX_PRICE + ".");
                }
                try {
                    prices.put(metric, new MetricPrice(null, mode, tiers.tiers().stream()
                            .map(t -> new PriceTier(t.upTo(), t.unitPrice())).toList()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw DomainException.invalid(field, "plan.tiers", field + ": " + (e.getMessage() == null ? "tiers are incomplete" : e.getMessage()) + ".");
                }
            });
        }
        return prices;
    }

    private static Metric metric(String code, String field) {
        return Metric.ofCode(code).orElseThrow(() -> DomainException.invalid(field, "plan.metric",
                "There is no metric " + code + "; metrics are node-hours, spare-node-hours, cpu-core-hours, "
                        + "memory-gib-hours, disk-gib-months, sub-disk-gib-hours."));
    }

    static Instant instant(Object value) {
        return io.hyperchain.shared.Timestamps.toInstant(value);
    }
}
