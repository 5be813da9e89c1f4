package io.hyperchain.balance;

/** A node's declared capacity, the denominator of its load shares. */
public record Capacity(double cpuCores, double memoryGiB, double diskGiB) {

    public Capacity {
        requirePositive("cpuCores", cpuCores);
        requirePositive("memoryGiB", memoryGiB);
        requirePositive("diskGiB", diskGiB);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite amount above 0, was " + value);
        }
    }
}
