package io.hyperchain.account;

import io.hyperchain.billing.BillingConfig;
import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.environment.EnvironmentService;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * A tenant closes its account: the environment stops (its usage ends), then in one transaction
 * the account is marked closed, its nodes and disks' usage end, the nodes go back, and the month
 * so far is invoiced and finalized at once. A second close finds it closed and returns the same
 * invoice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountClosure {

    @Inject
    EnvironmentService environments;

    @Inject
    ClosingLedger ledger;

    @Inject
    BillingConfig config;

    /** The tenant closes its own account; the final invoice's id. */
    public long close(TenantContext tenant) {
        var closedAt = ledger.closedAt(tenant.tenantId());
        if (closedAt.isPresent()) {
            return ledger.finalInvoice(tenant.tenantId(), BillingMonth.containing(closedAt.get(), config.zone()));
        }
        environments.stop(tenant);
        return ledger.close(tenant);
    }
}
