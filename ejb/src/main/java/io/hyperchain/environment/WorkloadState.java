package io.hyperchain.environment;

/** Where one container of an environment stands. */
public enum WorkloadState {
    /** Asked for, not yet confirmed by its engine. */
    STARTING,
    RUNNING,
    /** Its engine refused or did not answer; a retry (start again, or the reconciler) tries anew. */
    FAILED,
    /** P4.2: powered off by its tenant, and its engine confirmed it stopped; the container and its disk stay. */
    STOPPED
}
