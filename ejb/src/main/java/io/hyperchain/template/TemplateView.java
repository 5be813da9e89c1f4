package io.hyperchain.template;

import io.hyperchain.balance.WorkloadKind;
import java.time.Instant;
import java.util.List;

/**
 * A template as the admin's page and API show it, with where its image stands on each node. The
 * getters are for the page's expressions.
 */
public record TemplateView(long id, String name, String image, int cpu, int memoryGiB, WorkloadKind kind,
                           String descriptionEn, String descriptionKo, boolean isDefault, TemplateState state,
                           Instant importStartedAt, String imageSha256, Long imageBytes, List<OnNode> nodes) {

    /** The template's image on one node's engine. */
    public record OnNode(long nodeId, String nodeName, NodeImageState state, String message, Instant at) {

        public String getNodeName() {
            return nodeName;
        }

        public String getState() {
            return state.name();
        }

        public String getMessage() {
            return message;
        }

        public Instant getAt() {
            return at;
        }
    }

    /** An upload is being imported into the engines now. */
    public boolean isImporting() {
        return importStartedAt != null;
    }

    /** Some node's import or copy is still under way: the page asks again. */
    public boolean isBusy() {
        return isImporting() || nodes.stream().anyMatch(n -> n.state() == NodeImageState.IMPORTING
                || n.state() == NodeImageState.COPYING);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getImage() {
        return image;
    }

    public int getCpu() {
        return cpu;
    }

    public int getMemoryGiB() {
        return memoryGiB;
    }

    public String getKind() {
        return kind.name();
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionKo() {
        return descriptionKo;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public String getState() {
        return state.name();
    }

    public String getImageSha256() {
        return imageSha256;
    }

    /** The uploaded tarball's size in MiB, one decimal; null for an image that came with the nodes. */
    public String getImageMiB() {
        return imageBytes == null ? null : String.format(java.util.Locale.ROOT, "%.1f", imageBytes / (1024.0 * 1024));
    }

    public List<OnNode> getNodes() {
        return nodes;
    }
}
