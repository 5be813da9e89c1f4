package io.hyperchain.placement;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an environment's containers go at a start (P1.3, P1.5): one on each ticked node, plus one
 * on the current spare when the tenant earns it. Every other container goes, so a container on a
 * former spare leaves at the tenant's next start and the new spare's container comes.
 *
 * @param desired the nodes that carry a container afterwards
 * @param add     desired nodes that have no container yet
 * @param remove  nodes whose container goes
 */
public record StartLayout(Set<Long> desired, Set<Long> add, Set<Long> remove) {

    public static StartLayout of(Collection<Long> ticked, Collection<Long> containerNodes, Optional<Long> spare) {
        Set<Long> desired = new LinkedHashSet<>(ticked);
        spare.ifPresent(desired::add);                    // the spare comes along only when earned
        Set<Long> add = new TreeSet<>(desired);
        add.removeAll(containerNodes);                    // a node that has its container keeps it
        Set<Long> remove = new TreeSet<>(containerNodes);
        remove.removeAll(desired);                        // unticked nodes and a former spare lose theirs
        return new StartLayout(Set.copyOf(desired), Set.copyOf(add), Set.copyOf(remove));
    }
}
