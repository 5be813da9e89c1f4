package io.hyperchain.billing.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What running nodes costs under a plan, before tax, for the pages: one node for an hour (its
 * node-hour, its CPU and its memory), and a month of {@code nodes} nodes used
 * {@code hoursPerDay} a day for 30 days plus their main disks and the monthly fee. Flat prices
 * are exact; tiered ones are rated on the whole month's quantity.
 */
public final class CostEstimate {

    private static final BigDecimal DAYS = BigDecimal.valueOf(30);

    private CostEstimate() {
    }

    /** One node for one hour, with the base CPU and memory of a node. */
    public static BigDecimal nodeHour(PlanVersion plan, int cpu, int memoryGiB) {
        BigDecimal one = BigDecimal.ONE;
        return plan.price(Metric.NODE_HOURS).amount(one)
                .add(plan.price(Metric.CPU_CORE_HOURS).amount(BigDecimal.valueOf(cpu)))
                .add(plan.price(Metric.MEMORY_GIB_HOURS).amount(BigDecimal.valueOf(memoryGiB)));
    }

    /** A month of {@code nodes} nodes, {@code hoursPerDay} a day, with their main disks; rounded to the currency's unit. */
    public static BigDecimal month(PlanVersion plan, int nodes, int hoursPerDay, int cpu, int memoryGiB, int diskGiB) {
        BigDecimal hours = BigDecimal.valueOf((long) nodes * hoursPerDay).multiply(DAYS);
        BigDecimal amount = plan.monthlyFee()
                .add(plan.price(Metric.NODE_HOURS).amount(hours))
                .add(plan.price(Metric.CPU_CORE_HOURS).amount(hours.multiply(BigDecimal.valueOf(cpu))))
                .add(plan.price(Metric.MEMORY_GIB_HOURS).amount(hours.multiply(BigDecimal.valueOf(memoryGiB))))
                .add(plan.price(Metric.DISK_GIB_MONTHS).amount(BigDecimal.valueOf((long) nodes * diskGiB)));
        return amount.setScale(Money.unitDigits(plan.currency()), RoundingMode.HALF_UP);
    }
}
