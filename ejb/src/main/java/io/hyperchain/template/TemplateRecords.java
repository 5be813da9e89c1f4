package io.hyperchain.template;

import io.hyperchain.cluster.Node;
import io.hyperchain.cluster.NodeHealth;
import io.hyperchain.cluster.NodeState;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The database half of imports and distribution: short transactions, each called between engine
 * calls (no transaction is held while an engine works).
 */
@Stateless
public class TemplateRecords {

    /** An import still marked as running after this long was left by an instance that died on the way. */
    static final Duration IMPORT_ABANDONED_AFTER = Duration.ofMinutes(30);

    private static final int MESSAGE_LENGTH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The template, or 404 {@code template.notFound}. */
    public Template template(long id) {
        var template = em.find(Template.class, id);
        if (template == null) {
            throw notFound(id);
        }
        return template;
    }

    static DomainException notFound(Object id) {
        return new DomainException(Problem.NOT_FOUND, "template.notFound", "templateId", "There is no template " + id + ".");
    }

    /**
     * Refuses an upload before its bytes are read when the template could not take it now (the base
     * image; an import under way); {@link #beginImport} decides again under the row's lock.
     */
    public void checkUploadable(long id) {
        template(id).checkUploadable(Instant.now(clock), IMPORT_ABANDONED_AFTER);
    }

    /** An import that begins: the template marked, each engine's row IMPORTING. */
    public record Begun(String image, List<Node> targets) {
    }

    /**
     * Marks the import under the template's lock (one at a time) and names the engines it goes to:
     * every node in service whose engine answers; the others get the image copied when they are back.
     */
    public Begun beginImport(long id, UploadSpool.Spooled upload, String actor) {
        var template = em.find(Template.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template == null) {
            throw notFound(id);
        }
        Instant now = Instant.now(clock);
        template.beginImport(now, IMPORT_ABANDONED_AFTER);
        var targets = inService();
        targets.forEach(node -> record(id, node.id(), NodeImageState.IMPORTING, "importing the upload"));
        audit.record(actor, "template.upload", template.name() + " " + template.image() + " sha256:" + upload.sha256()
                + " " + upload.bytes() + " bytes");
        return new Begun(template.image(), targets);
    }

    /** The import is over: ready when it reached an engine. */
    public void finishImport(long id, UploadSpool.Spooled upload, boolean reachedAnEngine) {
        var template = em.find(Template.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template != null) {
            template.imported(upload.sha256(), upload.bytes(), reachedAnEngine, Instant.now(clock));
        }
    }

    /** Nodes in service (active or draining: a draining node still runs its tenants' containers) whose engine answers. */
    public List<Node> inService() {
        return em.createQuery("select n from Node n where n.state in :states and n.health = :up order by n.id", Node.class)
                .setParameter("states", List.of(NodeState.ACTIVE, NodeState.DRAINING))
                .setParameter("up", NodeHealth.UP)
                .getResultList();
    }

    /** What a distribution pass starts from. */
    public record Snapshot(List<ImageCopies.Wanted> wanted, Set<Long> ready, List<Node> nodes, Set<ImageCopies.Key> failed) {
    }

    /**
     * The templates every engine should hold (ready ones, and those waiting for their image, which a
     * node may have come with), except one being imported now; {@code only} narrows it to one template.
     */
    public Snapshot snapshot(Long only) {
        Instant now = Instant.now(clock);
        var templates = em.createQuery("select t from Template t where t.state in :states order by t.id", Template.class)
                .setParameter("states", List.of(TemplateState.READY, TemplateState.AWAITING_IMAGE))
                .getResultList().stream()
                .filter(t -> only == null || only.equals(t.id()))
                .filter(t -> !t.isImporting(now, IMPORT_ABANDONED_AFTER))
                .toList();
        Set<ImageCopies.Key> failed = new HashSet<>();
        em.createQuery("select i from NodeImage i where i.state = :failed", NodeImage.class)
                .setParameter("failed", NodeImageState.FAILED).getResultList()
                .forEach(i -> failed.add(new ImageCopies.Key(i.templateId(), i.nodeId())));
        return new Snapshot(templates.stream().map(t -> new ImageCopies.Wanted(t.id(), t.image())).toList(),
                templates.stream().filter(Template::isReady).map(Template::id).collect(java.util.stream.Collectors.toSet()),
                inService(), failed);
    }

    /** Engines found holding images: their rows READY, and a template waiting for its image is ready now. */
    public void held(List<ImageCopies.Held> held) {
        Instant now = Instant.now(clock);
        Set<Long> found = new HashSet<>();
        for (var h : held) {
            var row = row(h.templateId(), h.nodeId());
            if (row.isEmpty() || row.get().state() != NodeImageState.READY) {
                record(h.templateId(), h.nodeId(), NodeImageState.READY, "found on the engine");
            }
            found.add(h.templateId());
        }
        found.forEach(id -> {
            var template = em.find(Template.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (template != null) {
                template.foundOnAnEngine(now);
            }
        });
    }

    /** The template of this name, if any. */
    public Optional<Long> templateNamed(String name) {
        return em.createQuery("select t.id from Template t where t.name = :name", Long.class)
                .setParameter("name", name).getResultList().stream().findFirst();
    }

    /** The template whose image this is, if any. */
    public Optional<Long> templateOf(String image) {
        return em.createQuery("select t.id from Template t where t.image = :image", Long.class)
                .setParameter("image", image).getResultList().stream().findFirst();
    }

    public void audit(String actor, String action, String subject) {
        audit.record(actor, action, subject);
    }

    /**
     * Writes where a template's image stands on a node, in one statement: two instances importing or
     * copying at once each write their own result, and neither fails on the other's row.
     */
    public void record(long templateId, long nodeId, NodeImageState state, String message) {
        String text = message == null ? null : message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message;
        em.createNativeQuery("insert into template_image (template_id, node_id, state, message, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5) on duplicate key update state = ?3, message = ?4, updated_at = ?5")
                .setParameter(1, templateId).setParameter(2, nodeId).setParameter(3, state.name()).setParameter(4, text)
                .setParameter(5, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    private Optional<NodeImage> row(long templateId, long nodeId) {
        return em.createQuery("select i from NodeImage i where i.templateId = :t and i.nodeId = :n", NodeImage.class)
                .setParameter("t", templateId).setParameter("n", nodeId).getResultList().stream().findFirst();
    }
}
