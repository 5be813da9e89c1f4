package io.hyperchain.template;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.Constraints;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The template catalogue (P4.1): admins make and describe templates; tenants see the ready ones and
 * start from one. Uploads and copies of the images are {@link TemplateImages}' and
 * {@link TemplateDistribution}'s.
 */
@Stateless
public class TemplateCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Every template with where its image stands on each node: the default first, then by name. */
    public List<TemplateView> all() {
        var nodes = em.createQuery("select n from Node n", Node.class).getResultList().stream()
                .collect(Collectors.toMap(Node::id, Node::name));
        var rows = em.createQuery("select i from NodeImage i", NodeImage.class).getResultList().stream()
                .collect(Collectors.groupingBy(NodeImage::templateId));
        return templates().stream().map(t -> view(t, rows.getOrDefault(t.id(), List.of()), nodes)).toList();
    }

    public TemplateView one(long id) {
        var template = em.find(Template.class, id);
        if (template == null) {
            throw TemplateRecords.notFound(id);
        }
        var nodes = em.createQuery("select n from Node n", Node.class).getResultList().stream()
                .collect(Collectors.toMap(Node::id, Node::name));
        var rows = em.createQuery("select i from NodeImage i where i.templateId = :t", NodeImage.class)
                .setParameter("t", id).getResultList();
        return view(template, rows, nodes);
    }

    /** What tenants may start from: the ready templates, the default first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // one read: no transaction of its own
    public List<Template> ready() {
        return templates().stream().filter(Template::isReady).toList();
    }

    private List<Template> templates() {
        return em.createQuery("select t from Template t", Template.class).getResultList().stream()
                .sorted(Comparator.comparing(Template::isDefault).reversed().thenComparing(Template::name))
                .toList();
    }

    /** A new template, waiting for its image; 409 {@code name.taken} / {@code image.taken}. */
    public TemplateView create(TemplateDraft draft, boolean makeDefault, String actor) {
        refuseTaken("name", draft.name(), null);
        refuseTaken("image", draft.image().value(), null);
        Instant now = Instant.now(clock);
        var template = new Template(draft, now);
        try {
            em.persist(template);
            em.flush();
        } catch (PersistenceException e) {
            throw takenOr(e, draft);
        }
        if (makeDefault) {
            becomeDefault(template, now);
        }
        audit.record(actor, "template.create", template.name() + " " + template.image());
        return one(template.id());
    }

    /**
     * Changes what is named of a template's metadata; {@code makeDefault} true makes it the default
     * (a ready one only), false is refused for the default itself (another must take its place).
     */
    public TemplateView change(long id, TemplateChange change, Boolean makeDefault, String actor) {
        var template = em.find(Template.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template == null) {
            throw TemplateRecords.notFound(id);
        }
        var draft = change.applyTo(template.draft());
        refuseTaken("name", draft.name(), id);
        Instant now = Instant.now(clock);
        template.describe(draft, now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw takenOr(e, draft);
        }
        if (Boolean.TRUE.equals(makeDefault) && !template.isDefault()) {
            becomeDefault(template, now);
        } else if (Boolean.FALSE.equals(makeDefault) && template.isDefault()) {
            throw new DomainException(Problem.CONFLICT, "template.defaultNeeded", "default",
                    template.name() + " is the default: make another template the default instead.");
        }
        audit.record(actor, "template.change", template.name() + " " + draft);
        return one(id);
    }

    /**
     * One default at a time: the old one gives it up first (the database allows one at most). A template
     * that is not ready is refused, and the transaction's rollback gives the old one back its place.
     */
    private void becomeDefault(Template template, Instant at) {
        em.createQuery("select t from Template t where t.isDefault = true", Template.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(old -> old.notDefault(at));
        em.flush();
        template.makeDefault(at);
        em.flush();
    }

    /**
     * The template a start runs: the one asked for, or the default when none is; 404
     * {@code template.notFound}, 409 {@code template.notReady} when no engine is known to hold its image.
     */
    public Template forStart(Long id) {
        Template template = id == null ? defaultTemplate() : em.find(Template.class, id);
        if (template == null) {
            throw TemplateRecords.notFound(id == null ? "marked as the default" : id);
        }
        if (!template.isReady()) {
            throw new DomainException(Problem.CONFLICT, "template.notReady", "templateId",
                    "The template " + template.name() + " has no image on the engines yet; pick another one.");
        }
        return template;
    }

    private Template defaultTemplate() {
        return em.createQuery("select t from Template t where t.isDefault = true", Template.class)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** The image an environment of this template runs; the base image for one started before templates. */
    public String imageOf(Long templateId) {
        if (templateId == null) {
            return ContainerSpec.BASE_IMAGE;
        }
        var template = em.find(Template.class, templateId);
        return template == null ? ContainerSpec.BASE_IMAGE : template.image();
    }

    /** The template's name, for the tenant's dashboard; null when there is none. */
    public String nameOf(Long templateId) {
        var template = templateId == null ? null : em.find(Template.class, templateId);
        return template == null ? null : template.name();
    }

    private void refuseTaken(String field, String value, Long except) {
        boolean taken = em.createQuery("select t.id from Template t where t." + field + " = :value", Long.class)
                .setParameter("value", value).getResultList().stream().anyMatch(found -> !found.equals(except));
        if (taken) {
            throw taken(field, value);
        }
    }

    private static DomainException taken(String field, String value) {
        return new DomainException(Problem.CONFLICT, "template." + field + "Taken", field, "A template with the " + field + " " + value
                + " exists already.");
    }

    /** A concurrent twin won the race to the unique key. */
    private static RuntimeException takenOr(PersistenceException e, TemplateDraft draft) {
        if (Constraints.isUniqueViolation(e, "uq_template_name")) {
            return taken("name", draft.name());
        }
        if (Constraints.isUniqueViolation(e, "uq_template_image")) {
            return taken("image", draft.image().value());
        }
        return e;
    }

    private TemplateView view(Template t, List<NodeImage> rows, Map<Long, String> nodes) {
        var onNodes = rows.stream()
                .map(r -> new TemplateView.OnNode(r.nodeId(), nodes.getOrDefault(r.nodeId(), "node " + r.nodeId()), r.state(),
                        r.message(), r.updatedAt()))
                .sorted(Comparator.comparing(TemplateView.OnNode::nodeName))
                .toList();
        return new TemplateView(t.id(), t.name(), t.image(), t.cpu(), t.memoryGiB(), t.kind(), t.descriptionEn(),
                t.descriptionKo(), t.isDefault(), t.state(),
                t.isImporting(Instant.now(clock), TemplateRecords.IMPORT_ABANDONED_AFTER) ? t.importStartedAt() : null,
                t.imageSha256(), t.imageBytes(), onNodes);
    }
}
