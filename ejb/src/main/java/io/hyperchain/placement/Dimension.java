package io.hyperchain.placement;

/** A resource placement divides; the declaration order is the tie order of {@link NodeCountPolicy}. */
public enum Dimension {
    CPU,
    MEMORY,
    DISK
}
