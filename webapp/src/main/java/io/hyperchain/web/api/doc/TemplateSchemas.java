package io.hyperchain.web.api.doc;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the template catalogue (P4.1); documentation only. */
public final class TemplateSchemas {

    private TemplateSchemas() {
    }

    @Schema(name = "Template", description = "A template as an admin sees it, with where its image stands on each node")
    public static final class Template {
        long id;
        String name;
        @Schema(description = "repository:tag on every engine; fixed once made", example = "hyperchain/debian:12") String image;
        @Schema(description = "CPUs a container of it gets (at most the base CPU per node)") int cpu;
        @Schema(description = "Memory a container of it gets (at most the base memory per node)") int memoryGiB;
        @Schema(enumeration = {"service", "batch"}) String kind;
        String descriptionEn;
        String descriptionKo;
        @Schema(name = "default", description = "A start without a templateId runs it") boolean isDefault;
        @Schema(enumeration = {"AWAITING_IMAGE", "READY", "FAILED"},
                description = "Tenants may start from a READY one only") String state;
        @Schema(description = "An upload is being imported into the engines") boolean importing;
        @Schema(nullable = true, format = "date-time") String importStartedAt;
        @Schema(nullable = true, description = "SHA-256 of the uploaded tarball; null for an image the nodes came with") String imageSha256;
        @Schema(nullable = true) Long imageBytes;
        List<TemplateOnNode> nodes;
    }

    @Schema(name = "TemplateOnNode", description = "A template's image on one node's engine, as the last import, copy or look left it")
    public static final class TemplateOnNode {
        long nodeId;
        String nodeName;
        @Schema(enumeration = {"IMPORTING", "COPYING", "READY", "FAILED"}) String state;
        @Schema(nullable = true, description = "What happened, or why it failed") String message;
        @Schema(format = "date-time") String updatedAt;
    }

    @Schema(name = "TemplateDraft", requiredProperties = {"name", "image", "cpu", "memoryGiB", "kind", "descriptionEn", "descriptionKo"},
            description = "A new template; it waits for its image (PUT .../image) before tenants may start from it")
    public static final class Draft {
        @Schema(example = "python") String name;
        @Schema(example = "acme/python:3.12") String image;
        int cpu;
        int memoryGiB;
        @Schema(enumeration = {"service", "batch"}) String kind;
        String descriptionEn;
        String descriptionKo;
        @Schema(name = "default", description = "Make it the default (a ready template only)") Boolean isDefault;
    }

    @Schema(name = "TemplateChange", description = "What is named changes, what is left out stays; the image is fixed")
    public static final class Change {
        String name;
        @Schema(description = "Only the template's own image: another is 409 template.imageFixed") String image;
        Integer cpu;
        Integer memoryGiB;
        @Schema(enumeration = {"service", "batch"}) String kind;
        String descriptionEn;
        String descriptionKo;
        @Schema(name = "default", description = "true makes it the default (a ready one only); false is refused for the default itself")
        Boolean isDefault;
    }

    @Schema(name = "OfferedTemplate", description = "A ready template a tenant may start from")
    public static final class Offered {
        long id;
        String name;
        @Schema(enumeration = {"service", "batch"}) String kind;
        int cpu;
        int memoryGiB;
        @Schema(name = "default", description = "A start without a templateId runs it") boolean isDefault;
        @Schema(description = "In the caller's language: lang, else the hc-lang cookie, else Accept-Language (Korean or English)")
        String description;
        Descriptions descriptions;
    }

    @Schema(name = "TemplateDescriptions", description = "The description in both languages")
    public static final class Descriptions {
        String en;
        String ko;
    }
}
