package io.hyperchain.template;

import io.hyperchain.cluster.NodeInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * A node that joined (or came back into service) gets the catalogue's images it lacks, once its
 * registration is committed, in the background: registering does not wait for copies.
 */
@ApplicationScoped
public class CatalogueForNewNodes {

    @Inject
    TemplateDistribution distribution;

    void topUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) NodeInService node) {
        distribution.topUp(node.nodeId());
    }
}
