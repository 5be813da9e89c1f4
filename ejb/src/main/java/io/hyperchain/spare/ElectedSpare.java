package io.hyperchain.spare;

import io.hyperchain.cluster.SpareNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/** {@link SpareNode} from the elections: the current period's spare, if one was elected. */
@ApplicationScoped
public class ElectedSpare implements SpareNode {

    @Inject
    SpareService spares;

    @Override
    public OptionalLong current() {
        return spares.current().map(e -> OptionalLong.of(e.nodeId())).orElse(OptionalLong.empty());
    }
}
