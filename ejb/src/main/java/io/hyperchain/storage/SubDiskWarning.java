package io.hyperchain.storage;

/**
 * A sub disk that fills up would end the redirect's promise: warn while there is still room. Low
 * means less than a tenth of the sub disk (or the container's partition) is left.
 */
public final class SubDiskWarning {

    private SubDiskWarning() {
    }

    public static boolean low(DiskReading reading) {
        return reading.subTotalKiB() > 0 && reading.subFreeKiB() * 10 < reading.subTotalKiB();
    }
}
