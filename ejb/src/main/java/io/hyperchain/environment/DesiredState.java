package io.hyperchain.environment;

/** What the tenant asked their environment to be; the engines are held to it. */
public enum DesiredState {
    RUNNING,
    STOPPED
}
