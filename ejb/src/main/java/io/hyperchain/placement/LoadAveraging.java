package io.hyperchain.placement;

/** P1.6: the hours over which a tenant's nodes' load is averaged for the monthly adjustment. */
public enum LoadAveraging {
    /** Every hour of the period counts. */
    PERIOD,
    /** Only the hours in which the tenant's environment ran count. */
    USAGE_HOURS
}
