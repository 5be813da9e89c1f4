package io.hyperchain.template;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerGateway;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * P4.1: every node in service holds every template's image. A pass asks each engine which images it
 * holds, and copies what one lacks from an engine that has it (docker save → load, streamed; nothing
 * is kept on a portal instance's disk, so any instance can do it). Idempotent: a pass over engines that
 * hold everything only looks. Runs when a node joins or is back in service, when an admin asks, and
 * for one image when a container is about to start on an engine that lacks it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TemplateDistribution {

    /** How long the admin's page waits for a pass; copies still going on go on, and the page follows them. */
    static final long PAGE_WAIT_SECONDS = 20;

    /** How long an engine may take to say which images it holds. */
    static final long LOOK_SECONDS = 10;

    /** One target's copies that have not ended after this long have failed (a frozen engine never answers). */
    static final long COPY_MINUTES = 15;

    @Inject
    TemplateRecords records;

    @Inject
    DockerGateway docker;

    @Resource
    ManagedExecutorService executor;

    /** What a pass found and did, in counts. */
    public record Distributed(int held, int copied, int failed, int nowhere, boolean stillCopying) {
    }

    /** A node joined or came back: it gets every image it lacks, in the background. */
    @Asynchronous
    public void topUp(long nodeId) {
        pass(Set.of(nodeId), null).join();
    }

    /** The admin's "distribute again": every node in service gets what it lacks; waits a while for the copies. */
    public Distributed redistribute(String actor) {
        var pass = pass(null, null);
        Distributed result;
        try {
            result = pass.get(PAGE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result = new Distributed(0, 0, 0, 0, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new Distributed(0, 0, 0, 0, true);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the distribution pass failed", e.getCause());
        }
        records.audit(actor, "template.distribute", result.toString());
        return result;
    }

    /**
     * The engine of {@code host} lacks {@code image} and a container of it is about to start there: copies
     * it from an engine that holds it, waiting for the copy. Throws, saying why, when none could.
     */
    public void provide(Node host, String image) {
        Long templateId = records.templateOf(image).orElseThrow(() ->
                new IllegalStateException("node " + host.name() + " has no image " + image + ", and it is no template's"));
        var result = pass(Set.of(host.id()), templateId).join();
        if (result.held() + result.copied() == 0) {
            throw new IllegalStateException("node " + host.name() + " has no image " + image + " and "
                    + (result.nowhere() > 0 ? "no engine in service holds it" : "copying it there failed"));
        }
    }

    /**
     * A group command's "pull-template" on one node: that template's image, copied there if the engine
     * lacks it. Returns what happened; throws, saying why, when the engine has not got it afterwards.
     */
    public String pullTo(long nodeId, String templateName) {
        long templateId = records.templateNamed(templateName).orElseThrow(() ->
                new IllegalArgumentException("there is no template named " + templateName));
        var result = pass(Set.of(nodeId), templateId).join();
        if (result.failed() > 0) {
            throw new IllegalStateException("copying " + templateName + " failed (the templates page says why)");
        }
        if (result.nowhere() > 0) {
            throw new IllegalStateException("no engine in service holds " + templateName);
        }
        return result.copied() > 0 ? "copied " + templateName : templateName + " is there already";
    }

    /** One pass: look, record what is there, copy what is missing (each target's copies one after another). */
    private CompletableFuture<Distributed> pass(Set<Long> targets, Long onlyTemplate) {
        var snapshot = records.snapshot(onlyTemplate);
        if (snapshot.wanted().isEmpty() || snapshot.nodes().isEmpty()) {
            return CompletableFuture.completedFuture(new Distributed(0, 0, 0, 0, false));
        }
        var engines = look(snapshot.nodes(), snapshot.wanted());
        var plan = ImageCopies.plan(snapshot.wanted(), engines, targets, snapshot.failed());
        records.held(plan.held());
        int nowhere = 0;
        for (var missing : plan.nowhere()) {
            // a template still waiting for its image is missing everywhere by its nature: nothing to say
            if (snapshot.ready().contains(missing.templateId())) {
                records.record(missing.templateId(), missing.targetNodeId(), NodeImageState.FAILED, "no engine in service holds it");
                nowhere++;
            }
        }
        Map<Long, Node> nodes = snapshot.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
        var byTarget = plan.copies().stream().collect(Collectors.groupingBy(ImageCopies.Copy::targetNodeId));
        List<CompletableFuture<Tally>> work = new ArrayList<>();
        byTarget.forEach((target, copies) -> work.add(CompletableFuture.supplyAsync(() -> copyAll(copies, nodes), executor)
                .orTimeout(COPY_MINUTES, TimeUnit.MINUTES)
                .exceptionally(late -> {
                    copies.forEach(copy -> records.record(copy.templateId(), copy.targetNodeId(), NodeImageState.FAILED,
                            "no answer within " + COPY_MINUTES + " minutes"));
                    return new Tally(0, copies.size());
                })));
        int held = plan.held().size();
        int missingEverywhere = nowhere;
        return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).thenApply(nothing -> {
            int copied = work.stream().mapToInt(w -> w.join().copied()).sum();
            int failed = work.stream().mapToInt(w -> w.join().failed()).sum();
            return new Distributed(held, copied, failed, missingEverywhere, false);
        });
    }

    /** Which of the wanted images each engine holds, asked of all at once; an engine that does not answer is left out. */
    private List<ImageCopies.Engine> look(List<Node> nodes, List<ImageCopies.Wanted> wanted) {
        var asks = nodes.stream().map(node -> CompletableFuture.supplyAsync(() -> wanted.stream().map(ImageCopies.Wanted::image)
                        .filter(image -> docker.hasImage(node.dockerHost(), image)).collect(Collectors.toSet()), executor)
                .completeOnTimeout(null, LOOK_SECONDS, TimeUnit.SECONDS)
                .exceptionally(unanswered -> null)).toList();
        List<ImageCopies.Engine> engines = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Set<String> holds = asks.get(i).join();
            if (holds != null) {
                engines.add(new ImageCopies.Engine(nodes.get(i).id(), holds));
            }
        }
        return engines;
    }

    /** How one target's copies went. */
    private record Tally(int copied, int failed) {
    }

    /** One target's copies, one after another; each row says how it went. */
    private Tally copyAll(List<ImageCopies.Copy> copies, Map<Long, Node> nodes) {
        int copied = 0;
        int failed = 0;
        for (var copy : copies) {
            Node source = nodes.get(copy.sourceNodeId());
            Node target = nodes.get(copy.targetNodeId());
            var image = new ImageReference(copy.image());
            records.record(copy.templateId(), target.id(), NodeImageState.COPYING, "copying from " + source.name());
            try {
                docker.copyImage(source.dockerHost(), target.dockerHost(), image.repository(), image.tag());
                records.record(copy.templateId(), target.id(), NodeImageState.READY, "copied from " + source.name());
                copied++;
            } catch (RuntimeException e) {
                records.record(copy.templateId(), target.id(), NodeImageState.FAILED,
                        "copy from " + source.name() + ": " + DockerGateway.problemOf(e));
                failed++;
            }
        }
        return new Tally(copied, failed);
    }
}
