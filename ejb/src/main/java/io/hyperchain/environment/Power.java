package io.hyperchain.environment;

/**
 * The tenant's power switch of one container while its environment runs (P4.2, sql/V23). The
 * engines are held to ON only: the reconciler and failover leave an OFF or PAUSED container alone.
 */
public enum Power {
    /** Runs, and is started again when lost. Metered. */
    ON,
    /** Stopped by its tenant; the container and its disk stay. Not metered. */
    OFF,
    /** Frozen on its engine: no CPU, its memory held. Metered as running (it keeps its place and memory). */
    PAUSED
}
