package io.hyperchain.placement;

import io.hyperchain.shared.DomainException;

/** The one range check the placement inputs share, so every figure fails the same way. */
final class Ranges {

    private Ranges() {
    }

    /** Accepts {@code value} in {@code min..max}; otherwise {@code <field>.range} naming the bounds. */
    static int require(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw DomainException.invalid(field, field + ".range",
                    field + " must be between " + min + " and " + max + ".");
        }
        return value;
    }
}
