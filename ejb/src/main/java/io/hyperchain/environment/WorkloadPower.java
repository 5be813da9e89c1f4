package io.hyperchain.environment;

import io.hyperchain.docker.DockerGateway;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.LockConflict;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * A tenant's power controls of one of its containers (P4.2): power on, power off, shut down, reset,
 * reboot, pause. The container is addressed by its node, as {@link WorkloadSettings} does, or by its
 * workload's id (issue 14's /workloads/{id}/{action}); a group's members go through here too. The new
 * power is committed first ({@link PowerPlans}), then the container's engine (the one hosting it now)
 * does the work, holding no transaction, and what it did is recorded. Every action is idempotent:
 * one with nothing to do answers so and leaves the engine alone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkloadPower {

    /** How long a shutdown or a reboot lets the container's processes end before they are killed. */
    static final int GRACE_SECONDS = 10;

    /** What an action did to one container, and whether there was anything to do. */
    public record Done(PowerAction action, long nodeId, long workloadId, boolean changed) {

        /** In words for the API's callers (the page says it from its bundles). */
        public String message() {
            String container = "Your container on node " + nodeId;
            if (changed) {
                return container + ": " + action.word() + " done.";
            }
            return container + switch (action) {
                case POWER_ON -> " was already on.";
                case POWER_OFF, SHUT_DOWN -> " was already off.";
                case PAUSE -> " was already paused.";
                case RESET, REBOOT -> ": nothing to do."; // never: a restart always restarts
            };
        }
    }

    /** What an action did, with the environment afterwards. */
    public record Result(EnvironmentView environment, Done done) {

        public PowerAction action() {
            return done.action();
        }

        public long nodeId() {
            return done.nodeId();
        }

        public long workloadId() {
            return done.workloadId();
        }

        public boolean changed() {
            return done.changed();
        }

        public String message() {
            return done.message();
        }
    }

    @Inject
    PowerPlans plans;

    @Inject
    EnvironmentQueries queries;

    @Inject
    DockerGateway docker;

    @Inject
    ContainerStarter starter;

    /** The action the API names; 400 {@code action.unknown} listing the actions for any other word. */
    public static PowerAction action(String word) {
        return PowerAction.byWord(word).orElseThrow(() -> DomainException.invalid("action", "action.unknown",
                "action is one of " + String.join(", ", PowerAction.words()) + "."));
    }

    /**
     * Does the action the API names by this word to the tenant's container on this node. 404
     * {@code container.notFound}, 400 {@code action.unknown}, 409 {@code environment.stopped} /
     * {@code container.off} / {@code container.notRunning} before anything is done (see
     * {@link PowerPlans#plan}); 422 {@code container.powerFailed} when the engine refused or did not answer (the container
     * then shows why, and the action may be asked again).
     */
    public Result act(TenantContext tenant, long nodeId, String action) {
        var done = carriedOut(() -> plans.plan(tenant, nodeId, action));
        return new Result(queries.view(tenant), done);
    }

    /**
     * The same, the container named by its workload's id: 404 {@code workload.notFound} for an id that is
     * not one of the tenant's containers now, another tenant's alike (see {@link PowerPlans#planWorkload}).
     */
    public Result actOnWorkload(TenantContext tenant, long workloadId, String action) {
        var done = carriedOut(() -> plans.planWorkload(tenant, workloadId, action));
        return new Result(queries.view(tenant), done);
    }

    /** One member of a group ({@link GroupPower}): as {@link #actOnWorkload}, the environment read once by the group. */
    public Done powerWorkload(TenantContext tenant, long workloadId, PowerAction action) {
        return carriedOut(() -> plans.planWorkload(tenant, workloadId, action.word()));
    }

    /** Plans (retried on a lock conflict), has the engine do it unless there is nothing to do, and records what it did. */
    private Done carriedOut(java.util.function.Supplier<PowerPlans.Planned> plan) {
        var planned = LockConflict.retried(EnvironmentService.PLAN_ATTEMPTS, plan);
        if (!planned.alreadyDone()) {
            String containerId;
            try {
                containerId = carryOut(planned);
            } catch (RuntimeException e) {
                String problem = DockerGateway.problemOf(e);
                plans.failed(planned, problem);
                throw new DomainException(Problem.UNPROCESSABLE, "container.powerFailed", null,
                        "The engine of node " + planned.ensure().node().name() + " did not " + planned.action().word()
                                + " your container: " + problem + ". Try again.");
            }
            plans.carriedOut(planned, containerId);
        }
        return new Done(planned.action(), planned.nodeId(), planned.ensure().workloadId(), !planned.alreadyDone());
    }

    /** The engine's half, on the engine hosting the container now; the container's id when it runs afterwards. */
    private String carryOut(PowerPlans.Planned planned) {
        var ensure = planned.ensure();
        var host = ensure.host();
        String name = ensure.spec().name();
        if (planned.before() == Power.PAUSED && planned.action() != PowerAction.PAUSE) {
            docker.unpause(host, name); // resumed first: it stops and restarts as any running container
        }
        return switch (planned.action()) {
            case POWER_ON -> starter.start(ensure); // as the reconciler starts it: its disk first, if its node restarted
            case POWER_OFF -> {
                docker.kill(host, name);
                yield null;
            }
            case SHUT_DOWN -> {
                docker.shutDown(host, name, GRACE_SECONDS);
                yield null;
            }
            case RESET -> {
                docker.kill(host, name);
                yield starter.start(ensure);
            }
            case REBOOT -> rebooted(planned);
            case PAUSE -> {
                docker.pause(host, name);
                yield null;
            }
        };
    }

    /** A graceful restart of a running container; one that does not run (lost, failed) is simply started. */
    private String rebooted(PowerPlans.Planned planned) {
        var ensure = planned.ensure();
        if (planned.stateBefore() != WorkloadState.RUNNING) {
            return starter.start(ensure);
        }
        docker.restart(ensure.host(), ensure.spec().name(), GRACE_SECONDS);
        return docker.runningContainer(ensure.host(), ensure.spec().name())
                .orElseThrow(() -> new IllegalStateException("it did not run again after its restart"));
    }
}
