package io.hyperchain.overview;

import io.hyperchain.cluster.NodeState;
import java.util.ArrayList;
import java.util.List;

/**
 * How a node's tile looks on the cluster overview, as style classes: a heat band from green (idle)
 * to red (full) in tenths of the load, grey when nothing was measured; a loud mark for a node that
 * did not answer, is in maintenance or drains; a mark for the current spare.
 */
public final class TileShade {

    /** Heat bands 0..10: 0 is under 10 %, 10 is full or over-committed. */
    static final int HOTTEST = 10;

    private TileShade() {
    }

    public static String of(NodeTile tile) {
        List<String> classes = new ArrayList<>();
        classes.add("hc-tile");
        classes.add(heat(tile.load()));
        status(tile).ifPresent(classes::add);
        if (tile.spare()) {
            classes.add("hc-tile-spare");
        }
        return String.join(" ", classes);
    }

    // the band is the load in tenths, so 69 % and 61 % share a colour and 70 % is one step warmer
    static String heat(Double load) {
        if (load == null) {
            return "hc-heat-none";
        }
        return "hc-heat-" + Math.min(HOTTEST, (int) Math.floor(load * 10 + 1e-9));
    }

    // a node that did not answer is the loudest; then maintenance, then draining
    static java.util.Optional<String> status(NodeTile tile) {
        if (!tile.answering()) {
            return java.util.Optional.of("hc-tile-down");
        }
        if (tile.state() == NodeState.MAINTENANCE) {
            return java.util.Optional.of("hc-tile-maintenance");
        }
        if (tile.state() == NodeState.DRAINING) {
            return java.util.Optional.of("hc-tile-draining");
        }
        return java.util.Optional.empty();
    }
}
