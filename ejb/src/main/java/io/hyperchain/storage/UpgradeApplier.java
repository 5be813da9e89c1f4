package io.hyperchain.storage;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.Installation;
import io.hyperchain.notify.Notifications;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Grows an approved disk (P2.6) off the approving request's thread: moving a GiB back takes about
 * 15 s, longer than anyone should hold a click or an HTTP call. The request shows APPLYING until
 * this is done. It can be run again for the same request (a portal that died mid-copy): the node
 * helper's upgrade picks up where the node is, and only an APPLYING request is closed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpgradeApplier {

    @Inject
    DiskRecords records;

    @Inject
    NodeHelper helper;

    @Inject
    DockerGateway docker;

    @Inject
    Installation installation;

    @Inject
    ContainerRestarts restarts;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    /**
     * The container stops, the merged view (main data with the sub disk's files over it, deletions
     * applied) is copied into the larger allotment, the overlay and the partition go, and the
     * container starts again on the larger disk if its environment runs.
     */
    @Asynchronous
    public void apply(long upgradeId, String by) {
        DiskUpgrade upgrade = records.upgrade(upgradeId);
        if (upgrade.state() != DiskUpgrade.State.APPLYING) {
            return; // a second run found it done
        }
        Allotment allotment = records.allotment(upgrade.allotmentId());
        Node node = records.node(allotment.nodeId());
        String container = ContainerSpec.containerName(installation.id(), allotment.tenantId(), allotment.nodeId());
        try {
            docker.remove(node.dockerHost(), container);
            helper.run(node.dockerHost(), node.id(), "upgrade", allotment.name(), Long.toString(upgrade.requestedMiB()));
        } catch (RuntimeException e) {
            String why = e instanceof DomainException d ? d.getMessage() : DockerGateway.problemOf(e);
            if (records.finish(upgradeId, DiskUpgrade.State.FAILED, why)) {
                audit.record(by, "disk.upgrade.failed", allotment.name() + ": " + why);
                notifications.tell(allotment.tenantId(), "disk-upgrade-failed", "your disk could not be enlarged",
                        "The main disk of your container on node " + node.name() + " could not be grown: " + why
                                + ". Nothing was lost; an admin has been told.");
            }
            restarts.restartIfWanted(allotment.tenantId(), allotment.nodeId());
            return;
        }
        records.grown(allotment.id(), upgrade.requestedMiB());
        if (records.finish(upgradeId, DiskUpgrade.State.APPLIED, null)) {
            audit.record(by, "disk.upgrade.applied", allotment.name() + " to " + upgrade.requestedMiB() + " MiB");
            notifications.tell(allotment.tenantId(), "disk-upgraded", "your bigger disk is ready",
                    "The main disk of your container on node " + node.name() + " now has "
                            + DiskUpgradeRule.gib(upgrade.requestedMiB()) + " GiB; every file is back on it.");
        }
        restarts.restartIfWanted(allotment.tenantId(), allotment.nodeId());
    }
}
