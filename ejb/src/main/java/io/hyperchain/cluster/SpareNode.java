package io.hyperchain.cluster;

import java.util.OptionalLong;

/**
 * The node elected as this period's shared spare, as the spare capability knows it. Declared here
 * and provided by spare, so that placement's snapshots can mark it without a circle.
 */
public interface SpareNode {

    OptionalLong current();
}
