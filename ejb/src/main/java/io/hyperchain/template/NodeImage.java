package io.hyperchain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A template's image on one node's engine, as the last import, copy or look left it (table
 * template_image). Read here; written in one statement each ({@link TemplateRecords#record}), as
 * imports on several portal instances may write the same row.
 */
@Entity
@Table(name = "template_image")
public class NodeImage {

    @Id
    private Long id;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NodeImageState state;

    @Column(length = 500)
    private String message;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NodeImage() {
    }

    public long templateId() {
        return templateId;
    }

    public long nodeId() {
        return nodeId;
    }

    public NodeImageState state() {
        return state;
    }

    public String message() {
        return message;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
