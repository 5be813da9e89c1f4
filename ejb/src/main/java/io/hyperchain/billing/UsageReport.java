package io.hyperchain.billing;

import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.billing.rating.RatedLine;
import io.hyperchain.billing.rating.Totals;
import java.util.List;

/** A tenant's month: lines and totals, and whether they are final (from a finalized invoice). */
public record UsageReport(BillingMonth month, String currency, List<RatedLine> lines, Totals totals, boolean isFinal) {
}
