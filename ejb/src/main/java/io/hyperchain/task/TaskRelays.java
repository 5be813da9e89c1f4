package io.hyperchain.task;

import io.hyperchain.docker.DockerExec;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.shared.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's end of {@code hc} (P1.7): one relay per leader container, an exec of relay.sh with
 * stdin and stdout attached, over the engine's API. The container needs no network and holds no
 * credential; the tenant is the one whose container the relay runs in, fixed when it is opened.
 *
 * <p>What a portal instance holds here is a connection, not state: a relay that ends (the portal
 * stops, the container goes) is opened again by the next node-health pass or the next shell, by
 * whichever instance comes first; the others find it BUSY and leave it for a while.
 */
@ApplicationScoped
public class TaskRelays {

    private static final Logger LOG = Logger.getLogger(TaskRelays.class.getName());
    /** A relay another instance serves is not asked again for this long by the periodic pass. */
    static final Duration BUSY_FOR = Duration.ofMinutes(10);
    private static final Duration READY_WAIT = Duration.ofSeconds(10);
    /** hc calls of one container answered at once; more are told to wait. */
    private static final int AT_ONCE = 4;

    @Inject
    Tasks tasks;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Relay> relays = new ConcurrentHashMap<>();
    private final Map<String, Long> busyUntil = new ConcurrentHashMap<>();

    /**
     * Makes sure the container's relay runs (here or on another instance); {@code force} asks even
     * when another instance was found serving it lately (a shell that opens). Never throws.
     */
    public void ensure(long tenantId, DockerHost host, String containerId, boolean force) {
        Relay open = relays.get(containerId);
        if (open != null && !open.ended) {
            return;
        }
        Long busy = busyUntil.get(containerId);
        if (!force && busy != null && busy > System.nanoTime()) {
            return;
        }
        var relay = new Relay(tenantId, containerId);
        if (relays.putIfAbsent(containerId, relay) != null && !force) {
            return; // another thread of this instance is opening it
        }
        relays.put(containerId, relay);
        try {
            relay.exec = DockerExec.pipe(host, containerId, NodeScript.RELAY.command(NodeScript.HC.text()), relay::output,
                    () -> relay.end());
            if (!relay.ready.await(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS) || relay.busy) {
                relay.close();
                if (relay.busy) {
                    busyUntil.put(containerId, System.nanoTime() + BUSY_FOR.toNanos());
                }
            } else {
                busyUntil.remove(containerId);
                LOG.fine(() -> "hc relay open in container " + containerId + " of tenant " + tenantId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            relay.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no hc relay in container " + containerId, e);
            relay.close();
        }
    }

    /** How many relays this instance serves now. */
    public int open() {
        return (int) relays.values().stream().filter(r -> !r.ended && r.exec != null).count();
    }

    @PreDestroy
    void closeAll() {
        relays.values().forEach(Relay::close);
    }

    /** One relay: its lines in, its answers out. */
    private final class Relay {

        final long tenantId;
        final String containerId;
        final CountDownLatch ready = new CountDownLatch(1);
        final Semaphore inFlight = new Semaphore(AT_ONCE);
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        volatile DockerExec exec;
        volatile boolean busy;
        volatile boolean ended;

        Relay(long tenantId, String containerId) {
            this.tenantId = tenantId;
            this.containerId = containerId;
        }

        /** Bytes from the relay, split into lines; a line longer than hc ever writes is dropped. */
        void output(byte[] bytes) {
            for (byte b : bytes) {
                if (b == '\n') {
                    String line = pending.toString(StandardCharsets.UTF_8);
                    pending.reset();
                    line(line);
                } else if (pending.size() <= HcLine.MAX_LENGTH) {
                    pending.write(b);
                }
            }
        }

        private void line(String line) {
            if (ready.getCount() > 0) {
                busy = line.equals("BUSY");
                ready.countDown();
                return;
            }
            HcLine.parse(line).ifPresent(request -> {
                if (!inFlight.tryAcquire()) {
                    answer(request, new HcCommand.Answer(3, "hc: too many hc calls at once; try again\n"));
                    return;
                }
                try {
                    executor.execute(() -> {
                        try {
                            answer(request, HcCommand.answer(tasks, new TenantContext(tenantId, "hc"), request.words()));
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "hc call of tenant " + tenantId + " failed", e);
                            answer(request, new HcCommand.Answer(1, "hc: the portal could not answer this; try again\n"));
                        } finally {
                            inFlight.release();
                        }
                    });
                } catch (RuntimeException rejected) {
                    inFlight.release();
                    answer(request, new HcCommand.Answer(3, "hc: the portal is busy; try again\n"));
                }
            });
        }

        private void answer(HcLine request, HcCommand.Answer answer) {
            DockerExec open = exec;
            // a first call may come before the exec that opened the relay has returned
            for (int i = 0; open == null && !ended && i < 40; i++) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                open = exec;
            }
            if (open == null || ended) {
                return;
            }
            try {
                open.write(request.answer(answer).getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "hc answer not delivered to " + containerId, e);
            }
        }

        void end() {
            ended = true;
            ready.countDown();
            relays.remove(containerId, this);
        }

        void close() {
            ended = true;
            relays.remove(containerId, this);
            DockerExec open = exec;
            if (open != null) {
                open.close();
            }
        }
    }
}
