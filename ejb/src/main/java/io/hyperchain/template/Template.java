package io.hyperchain.template;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A template of the catalogue (P4.1): an image the engines hold, its default limits, what it is. */
@Entity
@Table(name = "template")
public class Template {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    /** repository:tag on every engine; fixed once made. */
    @Column(nullable = false, length = 255)
    private String image;

    @Column(nullable = false)
    private int cpu;

    @Column(name = "memory_gib", nullable = false)
    private int memoryGiB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkloadKind kind;

    @Column(name = "description_en", nullable = false, length = 500)
    private String descriptionEn;

    @Column(name = "description_ko", nullable = false, length = 500)
    private String descriptionKo;

    /** Of the uploaded tarball; null for an image that came with the nodes. */
    @Column(name = "image_sha256", length = 64)
    private String imageSha256;

    @Column(name = "image_bytes")
    private Long imageBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TemplateState state;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    /** While an upload is imported into the engines: since when. */
    @Column(name = "import_started_at")
    private Instant importStartedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Template() {
    }

    /** A new template waits for its image: an upload, or a pass that finds it on an engine. */
    public Template(TemplateDraft draft, Instant at) {
        this.image = draft.image().value();
        this.state = TemplateState.AWAITING_IMAGE;
        this.createdAt = at;
        describe(draft, at);
    }

    /** Its name, limits, kind and descriptions as the draft says (the image stays: the draft is made from it). */
    public void describe(TemplateDraft draft, Instant at) {
        if (!draft.image().value().equals(image)) {
            throw new IllegalStateException("template " + id + " runs " + image + ", not " + draft.image());
        }
        this.name = draft.name();
        this.cpu = draft.cpu();
        this.memoryGiB = draft.memoryGiB();
        this.kind = draft.kind();
        this.descriptionEn = draft.descriptionEn();
        this.descriptionKo = draft.descriptionKo();
        this.updatedAt = at;
    }

    public TemplateDraft draft() {
        return new TemplateDraft(name, new ImageReference(image), cpu, memoryGiB, kind, descriptionEn, descriptionKo);
    }

    /**
     * An upload begins to be imported. One at a time: another is refused until this one ends, or has
     * been going on for {@code abandonedAfter} (its portal instance died on the way). The base image
     * comes with every node and the portal's own helpers run it: it is never replaced by an upload.
     */
    public void beginImport(Instant at, Duration abandonedAfter) {
        checkUploadable(at, abandonedAfter);
        this.importStartedAt = at;
        this.updatedAt = at;
    }

    /** Refuses an upload this template cannot take now, as {@link #beginImport} would; changes nothing. */
    public void checkUploadable(Instant at, Duration abandonedAfter) {
        if (ContainerSpec.BASE_IMAGE.equals(image)) {
            throw new DomainException(Problem.CONFLICT, "template.baseImage", null, image + " is the nodes' base image: it "
                    + "comes with each node (the portal's own helpers run it) and is not replaced by an upload.");
        }
        if (isImporting(at, abandonedAfter)) {
            throw new DomainException(Problem.CONFLICT, "template.busy", null, "An upload of " + name
                    + " is being imported into the engines; wait until it is done.");
        }
    }

    /** Whether an upload is being imported now (one begun over {@code abandonedAfter} ago is not any more). */
    public boolean isImporting(Instant at, Duration abandonedAfter) {
        return importStartedAt != null && importStartedAt.isAfter(at.minus(abandonedAfter));
    }

    /**
     * The import is over. Ready when it reached an engine (the upload is now the image); when it reached
     * none, a ready template stays ready on the image its engines held before, and another fails.
     */
    public void imported(String sha256, long bytes, boolean reachedAnEngine, Instant at) {
        this.importStartedAt = null;
        if (reachedAnEngine) {
            this.state = TemplateState.READY;
            this.imageSha256 = sha256;
            this.imageBytes = bytes;
        } else if (state != TemplateState.READY) {
            this.state = TemplateState.FAILED;
        }
        this.updatedAt = at;
    }

    /** A pass found its image on an engine (one the nodes came with): tenants may start from it. */
    public void foundOnAnEngine(Instant at) {
        if (state != TemplateState.READY) {
            this.state = TemplateState.READY;
            this.updatedAt = at;
        }
    }

    /** The template a start without one runs; only a ready one, or tenants could start nothing. */
    public void makeDefault(Instant at) {
        if (state != TemplateState.READY) {
            throw new DomainException(Problem.CONFLICT, "template.notReady", "default",
                    name + " has no image on the engines yet: it cannot be the default.");
        }
        this.isDefault = true;
        this.updatedAt = at;
    }

    public void notDefault(Instant at) {
        this.isDefault = false;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String image() {
        return image;
    }

    public int cpu() {
        return cpu;
    }

    public int memoryGiB() {
        return memoryGiB;
    }

    public WorkloadKind kind() {
        return kind;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String descriptionKo() {
        return descriptionKo;
    }

    public String imageSha256() {
        return imageSha256;
    }

    public Long imageBytes() {
        return imageBytes;
    }

    public TemplateState state() {
        return state;
    }

    public boolean isReady() {
        return state == TemplateState.READY;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public Instant importStartedAt() {
        return importStartedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
