package io.hyperchain.overview;

import io.hyperchain.cluster.NodeState;
import java.io.Serializable;

/**
 * One node on the admin's cluster overview: its state, whether its engine answered the latest
 * sampling pass, its measured load of the last hour (a share, null when nothing was sampled), and
 * whether it is the current spare. JavaBean getters for the page.
 */
public record NodeTile(long id, String name, NodeState state, boolean answering, Double load, boolean spare)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getState() {
        return state.name();
    }

    public boolean isAnswering() {
        return answering;
    }

    public boolean isSpare() {
        return spare;
    }

    public boolean isMeasured() {
        return load != null;
    }

    /** The load in whole percent (0 when not measured; see {@link #isMeasured}). */
    public int getLoadPercent() {
        return load == null ? 0 : (int) Math.round(load * 100);
    }

    /** The tile's style classes ({@link TileShade}). */
    public String getShade() {
        return TileShade.of(this);
    }

    /** Down, in maintenance or draining: the admin should look. */
    public boolean needsAttention() {
        return !answering || state != NodeState.ACTIVE;
    }
}
