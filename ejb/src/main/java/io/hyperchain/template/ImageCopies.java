package io.hyperchain.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which engines lack which template's image, and where each copy comes from (P4.1): the decision of a
 * distribution pass, from what the engines were found to hold. Imports no framework.
 */
public final class ImageCopies {

    /** A template whose image every engine should hold. */
    public record Wanted(long templateId, String image) {
    }

    /** A node's engine, as the pass found it: the images it holds (those asked about). */
    public record Engine(long nodeId, Set<String> holds) {
    }

    /** What the pass found, and what it is to do. */
    public record Plan(List<Held> held, List<Copy> copies, List<Missing> nowhere) {
    }

    /** The node holds the template's image (and its last import or copy there did not fail). */
    public record Held(long templateId, long nodeId) {
    }

    /** The image is copied from the source node's engine to the target node's. */
    public record Copy(long templateId, String image, long targetNodeId, long sourceNodeId) {
    }

    /** The target lacks the image and no engine holds it. */
    public record Missing(long templateId, String image, long targetNodeId) {
    }

    /** A template's image on one node: which rows say a last import or copy there failed. */
    public record Key(long templateId, long nodeId) {
    }

    private ImageCopies() {
    }

    /**
     * The plan for these engines (the nodes in service whose engines answered) and templates: which
     * of {@code targets} (every engine when null) lack which image, and from which engine each gets it.
     */
    public static Plan plan(List<Wanted> wanted, List<Engine> engines, Collection<Long> targets, Set<Key> failed) {
        List<Held> held = new ArrayList<>();
        List<Copy> copies = new ArrayList<>();
        List<Missing> nowhere = new ArrayList<>();
        Map<Long, Integer> sent = new HashMap<>();
        for (Wanted template : wanted) {
            List<Engine> holders = engines.stream().filter(e -> holdsIntact(e, template, failed)).toList();
            for (Engine engine : engines) {
                if (targets != null && !targets.contains(engine.nodeId())) {
                    continue;
                }
                if (holdsIntact(engine, template, failed)) {
                    held.add(new Held(template.templateId(), engine.nodeId()));
                    continue;
                }
                var source = leastBusySource(holders, engine.nodeId(), sent);
                if (source.isPresent()) {
                    sent.merge(source.get(), 1, Integer::sum);
                    copies.add(new Copy(template.templateId(), template.image(), engine.nodeId(), source.get()));
                } else {
                    nowhere.add(new Missing(template.templateId(), template.image(), engine.nodeId()));
                }
            }
        }
        return new Plan(List.copyOf(held), List.copyOf(copies), List.copyOf(nowhere));
    }

    /** An engine holds an image when it has the tag and its last import or copy of it did not fail (it may be the older one). */
    static boolean holdsIntact(Engine engine, Wanted template, Set<Key> failed) {
        return engine.holds().contains(template.image()) && !failed.contains(new Key(template.templateId(), engine.nodeId()));
    }

    /** The source is the holder that has sent the fewest copies in this pass, the lower node id on a tie: no engine serves all. */
    static Optional<Long> leastBusySource(List<Engine> holders, long target, Map<Long, Integer> sent) {
        return holders.stream().map(Engine::nodeId).filter(id -> id != target)
                .min(Comparator.<Long>comparingInt(id -> sent.getOrDefault(id, 0)).thenComparing(Comparator.naturalOrder()));
    }
}
