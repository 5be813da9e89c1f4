package io.hyperchain.web.ui;

import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.DomainException;
import io.hyperchain.template.ImageReference;
import io.hyperchain.template.NodeImageState;
import io.hyperchain.template.TemplateCatalogue;
import io.hyperchain.template.TemplateChange;
import io.hyperchain.template.TemplateConfig;
import io.hyperchain.template.TemplateDistribution;
import io.hyperchain.template.TemplateDraft;
import io.hyperchain.template.TemplateImages;
import io.hyperchain.template.TemplateView;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The admin's template catalogue (P4.1): the templates with each node's copy of the image, a form to
 * add or describe one, an image upload, and a new distribution pass.
 */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    TemplateImages images;

    @Inject
    TemplateDistribution distribution;

    @Inject
    TemplateConfig config;

    @Inject
    PageMessages messages;

    private transient List<TemplateView> templates;

    /** The form: a new template when {@code editing} is null, else that template's metadata. */
    private Long editing;
    private String name;
    private String image;
    private Integer cpu;
    private Integer memoryGiB;
    private String kind;
    private String descriptionEn;
    private String descriptionKo;
    private boolean makeDefault;

    /** The template the next upload is for. */
    private Long uploadTo;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        clearForm();
        refresh();
    }

    public void refresh() {
        templates = catalogue.all();
        if (uploadTo == null || getUploadable().stream().noneMatch(t -> t.id() == uploadTo)) {
            uploadTo = getUploadable().stream().map(TemplateView::id).findFirst().orElse(null);
        }
    }

    public List<TemplateView> getTemplates() {
        if (templates == null) {
            refresh();
        }
        return templates;
    }

    /** Templates an upload may be for: all but the base image's, which comes with the nodes. */
    public List<TemplateView> getUploadable() {
        return getTemplates().stream().filter(t -> !ContainerSpec.BASE_IMAGE.equals(t.image())).toList();
    }

    /** An import or copy is under way: the page asks again every few seconds. */
    public boolean isBusy() {
        return getTemplates().stream().anyMatch(TemplateView::isBusy);
    }

    public long getMaxUploadMiB() {
        return config.maxUploadMiB();
    }

    public long getMaxUploadBytes() {
        return config.maxUploadBytes();
    }

    /** Fills the form with a template's metadata (its image stays: it is fixed). */
    public void edit(long id) {
        getTemplates().stream().filter(t -> t.id() == id).findFirst().ifPresent(t -> {
            editing = t.id();
            name = t.name();
            image = t.image();
            cpu = t.cpu();
            memoryGiB = t.memoryGiB();
            kind = t.kind().name();
            descriptionEn = t.descriptionEn();
            descriptionKo = t.descriptionKo();
            makeDefault = t.isDefault();
        });
    }

    public void newTemplate() {
        clearForm();
    }

    private void clearForm() {
        editing = null;
        name = null;
        image = null;
        cpu = 2;
        memoryGiB = 4;
        kind = "SERVICE";
        descriptionEn = null;
        descriptionKo = null;
        makeDefault = false;
    }

    public void save() {
        String actor = caller.profile().email();
        try {
            if (editing == null) {
                var made = catalogue.create(new TemplateDraft(name, new ImageReference(image), cpu == null ? 0 : cpu,
                        memoryGiB == null ? 0 : memoryGiB, TemplateDraft.kind(kind), descriptionEn, descriptionKo), makeDefault, actor);
                messages.info("templates.created", made.name());
                uploadTo = made.id();
            } else {
                // unticked "default" changes nothing: the default gives its place up only to another
                var changed = catalogue.change(editing, new TemplateChange(name, image, cpu, memoryGiB, TemplateDraft.kind(kind),
                        descriptionEn, descriptionKo), makeDefault ? Boolean.TRUE : null, actor);
                messages.info("templates.saved", changed.name());
            }
            clearForm();
            refresh();
        } catch (DomainException e) {
            messages.refused("template", e);
        }
    }

    /** The upload's file, streamed on to the engines; the page shows each node's result. */
    public void upload(FileUploadEvent event) {
        if (uploadTo == null) {
            messages.error("templates.upload.none");
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            var received = images.receive(uploadTo, in, caller.profile().email());
            var template = received.template();
            long ready = template.nodes().stream().filter(n -> n.state() == NodeImageState.READY).count();
            messages.info(received.done() ? "templates.uploaded" : "templates.uploading", template.name(), ready,
                    template.nodes().size());
        } catch (DomainException e) {
            messages.refused("upload", e);
        } catch (IOException e) {
            messages.error("templates.upload.unreadable");
        }
        refresh();
    }

    /** Every node in service gets the images it lacks, copied from an engine that holds them. */
    public void distribute() {
        var result = distribution.redistribute(caller.profile().email());
        if (result.stillCopying()) {
            messages.info("templates.distributing");
        } else {
            messages.info("templates.distributed", result.copied(), result.failed(), result.held(), result.nowhere());
        }
        refresh();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public Long getUploadTo() {
        return uploadTo;
    }

    public void setUploadTo(Long uploadTo) {
        this.uploadTo = uploadTo;
    }

    /** The upload replaces an image tenants may be running: the page says so. */
    public boolean isUploadReplaces() {
        return getTemplates().stream().anyMatch(t -> uploadTo != null && t.id() == uploadTo && "READY".equals(t.getState()));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public Integer getCpu() {
        return cpu;
    }

    public void setCpu(Integer cpu) {
        this.cpu = cpu;
    }

    public Integer getMemoryGiB() {
        return memoryGiB;
    }

    public void setMemoryGiB(Integer memoryGiB) {
        this.memoryGiB = memoryGiB;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionKo() {
        return descriptionKo;
    }

    public void setDescriptionKo(String descriptionKo) {
        this.descriptionKo = descriptionKo;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }
}
