package io.hyperchain.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The answer to a {@link PlacementQuery}: the chosen nodes, best first, or a refusal a tenant can read. */
public sealed interface Placement permits Placement.Placed, Placement.Refused {

    /** Whether the query got its nodes. */
    boolean placed();

    /** The chosen node ids, best first; empty when refused. */
    List<Long> nodeIds();

    /** Why the query was refused, for the tenant; empty when placed. */
    String reason();

    /** The chosen nodes, best first. */
    record Placed(List<Long> nodeIds) implements Placement {

        public Placed {
            nodeIds = List.copyOf(nodeIds);
            if (nodeIds.isEmpty()) {
                throw new IllegalArgumentException("a placement places at least one node");
            }
        }

        @Override
        public boolean placed() {
            return true;
        }

        @Override
        public String reason() {
            return "";
        }
    }

    /**
     * Not enough candidates.
     *
     * @param needed     nodes the query asked for
     * @param candidates nodes that passed every filter
     * @param turnedAway per filter name, in pipeline order, the nodes it turned away (each node is
     *                   counted once, by the first filter it failed)
     * @param reason     the same in an English sentence, e.g. "Needs 3 nodes, only 2 can take another
     *                   tenant: 4 are full, 1 is in maintenance."
     */
    record Refused(int needed, int candidates, Map<String, Integer> turnedAway, String reason)
            implements Placement {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            turnedAway = Collections.unmodifiableMap(new LinkedHashMap<>(turnedAway));
        }

        /** Builds the refusal and its sentence from the per-filter counts, in filter order. */
        static Refused of(int needed, int candidates, List<CandidateFilter> filters, int[] turnedAway) {
            Map<String, Integer> byName = new LinkedHashMap<>();
            List<Integer> mentioned = new ArrayList<>();
            for (int i = 0; i < filters.size(); i++) {
                byName.put(filters.get(i).name(), turnedAway[i]);
                if (turnedAway[i] > 0) {
                    mentioned.add(i);
                }
            }
            // the biggest obstacle first; a stable sort keeps pipeline order among equals
            mentioned.sort((a, b) -> Integer.compare(turnedAway[b], turnedAway[a]));
            List<String> why = new ArrayList<>();
            for (int i : mentioned) {
                why.add(filters.get(i).describeTurnedAway(turnedAway[i]));
            }
            if (why.isEmpty()) {
                why.add(candidates == 0 ? "the cloud has no nodes" : "the cloud has no more nodes");
            }
            String reason = "Needs " + Phrases.nodes(needed, "node", "nodes") + ", "
                    + (candidates == 0 ? "none" : "only " + candidates) + " can take another tenant: "
                    + String.join(", ", why) + ".";
            return new Refused(needed, candidates, byName, reason);
        }

        @Override
        public boolean placed() {
            return false;
        }

        @Override
        public List<Long> nodeIds() {
            return List.of();
        }
    }
}
