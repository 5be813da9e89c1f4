package io.hyperchain.task;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.environment.BoundedFanOut;
import io.hyperchain.environment.DesiredState;
import io.hyperchain.environment.Environment;
import io.hyperchain.environment.EnvironmentQueries;
import io.hyperchain.environment.EnvironmentView;
import io.hyperchain.environment.Power;
import io.hyperchain.environment.WorkloadState;
import io.hyperchain.healing.ClusterLoads;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The environment's task manager (P1.7, seed 001 [0056]–[0057]): the tenant's running containers
 * as one machine. A task runs where there is most room; one list covers every node; its output and
 * its end are read from the node that runs it. Every call is scoped by the tenant.
 */
@Stateless
public class Tasks {

    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());
    /** How many tasks a list shows, newest first. */
    static final int LISTED = 50;
    /** How many containers are asked at once. */
    private static final int AT_ONCE = 8;
    /** Usage samples older than this say nothing of how busy the machine is now. */
    private static final Duration FRESH_SAMPLE = Duration.ofMinutes(5);

    /** The environment as one machine, its tasks newest first, and the environment itself. */
    public record Overview(MachineLoad machine, List<TaskView> tasks, EnvironmentView environment) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EnvironmentQueries queries;

    @Inject
    ClusterLoads loads;

    @Inject
    TaskExecs execs;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /**
     * Runs the order in the tenant's environment: 409 {@code environment.notRunning},
     * {@code tasks.full} (what runs reserves too much) or {@code tasks.noContainer}; 404
     * {@code node.notFound} for a node it has no running container on; 422 {@code task.startFailed}
     * when the engine did not start it.
     */
    public TaskView run(TenantContext tenant, TaskOrder order) {
        return start(tenant, order, null);
    }

    /**
     * A lost service task, started again elsewhere in its environment as a new task, once: a second
     * portal instance doing the same fails on the unique restarted_from. Empty when its environment no
     * longer runs or has no room.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TaskView> restart(long lostTaskId) {
        Task lost = em.find(Task.class, lostTaskId);
        if (lost == null || lost.state() != TaskState.LOST || lost.kind() != TaskKind.SERVICE) {
            return Optional.empty();
        }
        try {
            return Optional.of(start(new TenantContext(lost.tenantId(), "portal"), lost.order(), lost.id()));
        } catch (DomainException noRoom) {
            LOG.info(() -> "service task " + lostTaskId + " was not started again: " + noRoom.getMessage());
            return Optional.empty();
        }
    }

    private TaskView start(TenantContext tenant, TaskOrder order, Long restartedFrom) {
        Environment environment = environment(tenant.tenantId(), LockModeType.PESSIMISTIC_WRITE)
                .filter(e -> e.desiredState() == DesiredState.RUNNING)
                .orElseThrow(() -> new DomainException(Problem.CONFLICT, "environment.notRunning", null,
                        "Start your environment first: tasks run in its containers."));
        EnvironmentView view = queries.view(tenant);
        List<EnvironmentView.Container> up = up(view);
        if (up.isEmpty()) {
            throw new DomainException(Problem.CONFLICT, "tasks.noContainer", null,
                    "None of your environment's containers runs now; power one on first.");
        }
        List<Task> running = running(environment.id());
        TaskBudget budget = budget(up, running);
        if (!budget.fits(order)) {
            // tasks that ended with nobody looking still count as running here: ask their nodes first
            settle(view, running);
            running = running(environment.id());
            budget = budget(up, running);
        }
        budget.admit(order);
        TaskSlot slot = TaskPlacement.choose(slots(up, running), order.node()).orElseThrow(() ->
                new DomainException(Problem.NOT_FOUND, "node.notFound", "node", "No container of yours runs on node "
                        + order.node().orElse("") + " now; yours run on "
                        + up.stream().map(EnvironmentView.Container::nodeName).collect(Collectors.joining(", ")) + "."));
        Task task = new Task(tenant.tenantId(), environment.id(), slot, order, restartedFrom, Instant.now(clock));
        em.persist(task);
        em.flush();
        try {
            execs.run(host(slot.hostNodeId()), slot.containerId(), task.id(), order.argv());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "task " + task.id() + " did not start on " + slot.nodeName(), e);
            em.remove(task); // also where the refusal is caught (a restart) and the transaction goes on
            throw new DomainException(Problem.UNPROCESSABLE, "task.startFailed", null,
                    "Node " + slot.nodeName() + " did not start the task: " + e.getMessage());
        }
        audit.record(tenant.tenantId(), tenant.actor(), restartedFrom == null ? "task.run" : "task.restarted",
                "task " + task.id() + " on " + slot.nodeName() + ": " + abbreviated(order.line()));
        return view(task, slot.nodeName(), null);
    }

    /** The machine, the tasks (newest first, what runs as its node reports it now) and the environment. */
    public Overview overview(TenantContext tenant) {
        EnvironmentView view = queries.view(tenant);
        Optional<Environment> environment = environment(tenant.tenantId(), LockModeType.NONE);
        if (environment.isEmpty()) {
            return new Overview(new MachineLoad(0, 0, 0, null, 0, 0), List.of(), view);
        }
        long environmentId = environment.get().id();
        List<Task> listed = em.createQuery("select t from Task t where t.environmentId = :env order by t.id desc", Task.class)
                .setParameter("env", environmentId).setMaxResults(LISTED).getResultList();
        List<EnvironmentView.Container> up = up(view);
        Readings readings = readings(up, listed);
        settle(up, listed, readings);
        Map<Long, String> names = view.containers().stream()
                .collect(Collectors.toMap(EnvironmentView.Container::nodeId, EnvironmentView.Container::nodeName, (a, b) -> a));
        List<TaskView> tasks = listed.stream()
                .map(t -> view(t, names.getOrDefault(t.nodeId(), "node " + t.nodeId()), readings.get(t.id())))
                .toList();
        TaskBudget budget = budget(up, running(environmentId));
        return new Overview(new MachineLoad(up.size(), budget.cores(), budget.memoryGiB(), busyShare(tenant.tenantId(), up),
                budget.reservedCpu(), budget.reservedMemoryGiB()), tasks, view);
    }

    /**
     * The task's output from byte {@code from} (404 {@code task.notFound} when not the tenant's); its
     * end is recorded when the read shows one. A task whose container is gone reads as lost, empty.
     */
    public OutputChunk output(TenantContext tenant, long taskId, long from) {
        Task task = own(tenant, taskId);
        Optional<EnvironmentView.Container> container = containerOf(tenant, task);
        if (container.isEmpty()) {
            endLocked(task.id(), TaskState.LOST, null);
            Task now = em.find(Task.class, task.id());
            return new OutputChunk(Math.max(0, from), new byte[0], now.state(), now.exitCode());
        }
        Optional<OutputChunk> chunk = execs.read(host(task.hostNodeId()), task.containerId(), task.id(), from);
        if (chunk.isEmpty()) {
            endLocked(task.id(), TaskState.LOST, null);
            Task now = em.find(Task.class, task.id());
            return new OutputChunk(Math.max(0, from), new byte[0], now.state(), now.exitCode());
        }
        if (chunk.get().state().ended() && task.state() == TaskState.RUNNING) {
            endLocked(task.id(), chunk.get().state(), chunk.get().exitCode());
        }
        return chunk.get();
    }

    /**
     * Kills the task (TERM, KILL after 3 s) and answers it as it stands then; one that has ended is
     * answered as it ended (a second click is not an error). 404 {@code task.notFound}.
     */
    public TaskView kill(TenantContext tenant, long taskId) {
        Task task = own(tenant, taskId);
        if (task.state() == TaskState.RUNNING) {
            Optional<EnvironmentView.Container> container = containerOf(tenant, task);
            boolean found = container.isPresent() && execs.kill(host(task.hostNodeId()), task.containerId(), task.id());
            if (!found) {
                endLocked(task.id(), TaskState.LOST, null);
            } else {
                var chunk = execs.read(host(task.hostNodeId()), task.containerId(), task.id(), Long.MAX_VALUE / 2);
                Integer code = chunk.map(OutputChunk::exitCode).orElse(null);
                endLocked(task.id(), TaskState.KILLED, code);
                audit.record(tenant.tenantId(), tenant.actor(), "task.killed", "task " + task.id());
            }
        }
        Task now = em.find(Task.class, task.id());
        EnvironmentView view = queries.view(tenant);
        String name = view.containers().stream().filter(c -> c.nodeId() == now.nodeId()).map(EnvironmentView.Container::nodeName)
                .findFirst().orElse("node " + now.nodeId());
        return view(now, name, null);
    }

    /**
     * The tenants whose environments have tasks recorded as running: what the node-health pass
     * settles, and where it restarts lost services.
     */
    public List<Long> tenantsRunning() {
        return em.createQuery("select distinct t.tenantId from Task t where t.state = :running", Long.class)
                .setParameter("running", TaskState.RUNNING).getResultList();
    }

    /** Records how this tenant's running tasks ended, as their nodes say; answers the services it lost. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> settleAll(long tenantId) {
        var tenant = new TenantContext(tenantId, "portal");
        Optional<Environment> environment = environment(tenantId, LockModeType.NONE);
        if (environment.isEmpty()) {
            return List.of();
        }
        List<Task> running = running(environment.get().id());
        settle(queries.view(tenant), running);
        return running.stream().map(t -> em.find(Task.class, t.id()))
                .filter(t -> t.state() == TaskState.LOST && t.kind() == TaskKind.SERVICE).map(Task::id).toList();
    }

    private void settle(EnvironmentView view, List<Task> running) {
        List<EnvironmentView.Container> up = up(view);
        settle(up, running, readings(up, running));
    }

    /** What the containers said: each task they know of, and which containers answered at all. */
    record Readings(Map<Long, TaskReading> byTask, java.util.Set<String> answered) {

        TaskReading get(long taskId) {
            return byTask.get(taskId);
        }
    }

    /**
     * Records the ends the readings show. A running task whose container no longer runs, or whose
     * container answered without a trace of it, is lost; one whose container did not answer stays
     * as it is (its node may be back in a moment; failover changes its container if not).
     */
    private void settle(List<EnvironmentView.Container> up, List<Task> tasks, Readings readings) {
        var running = up.stream().map(EnvironmentView.Container::containerId).collect(Collectors.toSet());
        for (Task task : tasks) {
            if (task.state() != TaskState.RUNNING) {
                continue;
            }
            TaskReading reading = readings.get(task.id());
            if (reading != null) {
                if (reading.state().ended()) {
                    endLocked(task.id(), reading.state(), reading.exitCode());
                }
            } else if (!running.contains(task.containerId()) || readings.answered().contains(task.containerId())) {
                endLocked(task.id(), TaskState.LOST, null);
            }
        }
    }

    /** Asks, at once, each running container that holds one of the tasks. */
    private Readings readings(List<EnvironmentView.Container> up, List<Task> tasks) {
        var wanted = tasks.stream().map(Task::containerId).collect(Collectors.toSet());
        var asked = up.stream().filter(c -> wanted.contains(c.containerId())).toList();
        var byTask = new java.util.concurrent.ConcurrentHashMap<Long, TaskReading>();
        var answered = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        BoundedFanOut.map(asked, AT_ONCE, executor, c -> {
            try {
                byTask.putAll(execs.readings(host(c.hostNodeId()), c.containerId()));
                answered.add(c.containerId());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "container " + c.containerId() + " did not list its tasks", e);
            }
            return null;
        });
        // a container answers only for its own tasks: a reading of another's id is ignored
        var own = tasks.stream().collect(Collectors.toMap(Task::id, Task::containerId));
        byTask.entrySet().removeIf(e -> !own.containsKey(e.getKey()));
        return new Readings(byTask, answered);
    }

    /** Records the end under the task's lock, read afresh: two instances or two pages settle it once. */
    private void endLocked(long taskId, TaskState how, Integer code) {
        Task task = em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task != null && task.end(how, code, Instant.now(clock))) {
            if (how == TaskState.LOST) {
                audit.record(task.tenantId(), "portal", "task.lost", "task " + taskId);
            }
        }
    }

    private Task own(TenantContext tenant, long taskId) {
        Task task = em.find(Task.class, taskId);
        if (task == null || task.tenantId() != tenant.tenantId()) {
            throw new DomainException(Problem.NOT_FOUND, "task.notFound", "id", "You have no task " + taskId + ".");
        }
        em.refresh(task);
        return task;
    }

    /** The running container the task ran in, if it still runs (the same container, not a newer one on its node). */
    private Optional<EnvironmentView.Container> containerOf(TenantContext tenant, Task task) {
        return up(queries.view(tenant)).stream().filter(c -> task.containerId().equals(c.containerId())).findFirst();
    }

    private Optional<Environment> environment(long tenantId, LockModeType lock) {
        return em.createQuery("select e from Environment e where e.tenantId = :tenant", Environment.class)
                .setParameter("tenant", tenantId).setLockMode(lock).getResultList().stream().findFirst();
    }

    private List<Task> running(long environmentId) {
        return em.createQuery("select t from Task t where t.environmentId = :env and t.state = :running order by t.id",
                        Task.class)
                .setParameter("env", environmentId).setParameter("running", TaskState.RUNNING).getResultList();
    }

    /** The containers tasks may run in: running, powered on (not paused), with a container on their engine. */
    private static List<EnvironmentView.Container> up(EnvironmentView view) {
        if (!view.isRunning()) {
            return List.of();
        }
        return view.containers().stream()
                .filter(c -> c.state() == WorkloadState.RUNNING && c.power() == Power.ON && c.containerId() != null)
                .toList();
    }

    private static TaskBudget budget(List<EnvironmentView.Container> up, List<Task> running) {
        return TaskBudget.of(up.stream().mapToInt(EnvironmentView.Container::cpu).sum(),
                up.stream().mapToInt(EnvironmentView.Container::memoryGiB).sum(),
                running.stream().map(Task::reservation).toList());
    }

    private List<TaskSlot> slots(List<EnvironmentView.Container> up, List<Task> running) {
        Map<Long, Double> idle = new HashMap<>();
        loads.now().forEach(l -> idle.put(l.id(), 1 - Math.min(1, l.load().cpu())));
        return up.stream().map(c -> {
            var here = running.stream().filter(t -> t.containerId().equals(c.containerId())).toList();
            return new TaskSlot(c.nodeId(), c.nodeName(), c.hostNodeId(), c.containerId(), c.cpu(),
                    idle.getOrDefault(c.hostNodeId(), 1.0), here.stream().mapToDouble(Task::cpu).sum(), here.size());
        }).toList();
    }

    /** The share of its cores the machine used by each running container's newest sample; null with none fresh. */
    private Double busyShare(long tenantId, List<EnvironmentView.Container> up) {
        if (up.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.node_id, s.cpu_cores from container_sample s "
                        + "where s.tenant_id = ?1 and s.at >= ?2 order by s.at desc")
                .setParameter(1, tenantId).setParameter(2, java.sql.Timestamp.from(Instant.now(clock).minus(FRESH_SAMPLE)))
                .setMaxResults(500).getResultList();
        Map<Long, Double> newest = new HashMap<>();
        rows.forEach(r -> newest.putIfAbsent(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue()));
        if (newest.isEmpty()) {
            return null;
        }
        int cores = up.stream().mapToInt(EnvironmentView.Container::cpu).sum();
        double used = up.stream().mapToDouble(c -> newest.getOrDefault(c.nodeId(), 0.0)).sum();
        return cores == 0 ? null : used / cores;
    }

    private DockerHost host(long nodeId) {
        return em.find(Node.class, nodeId).dockerHost();
    }

    private static TaskView view(Task t, String nodeName, TaskReading reading) {
        boolean live = reading != null && t.state() == TaskState.RUNNING && reading.state() == TaskState.RUNNING;
        TaskState state = t.state() == TaskState.RUNNING && reading != null && reading.state().ended() ? reading.state() : t.state();
        Integer code = t.exitCode() != null ? t.exitCode() : reading == null ? null : reading.exitCode();
        return new TaskView(t.id(), t.argv(), t.nodeId(), nodeName, t.kind(), state, code, t.startedAt(), t.endedAt(),
                t.cpu(), t.memoryGiB(), live ? reading.cpuCores() : null, live ? reading.memoryKiB() : null,
                reading == null ? null : reading.tail(), t.restartedFrom());
    }

    private static String abbreviated(String line) {
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
