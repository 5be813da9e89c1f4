package io.hyperchain.group;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A group of nodes (P4.4): a name, the group it sits in (null at the top), the nodes put in it. */
@Entity
@Table(name = "node_group")
public class NodeGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "node_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "node_id", nullable = false)
    private Set<Long> nodeIds = new HashSet<>();

    protected NodeGroup() {
    }

    public NodeGroup(GroupName name, Long parentId, Instant createdAt) {
        this.name = name.value();
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }

    public Set<Long> nodeIds() {
        return Set.copyOf(nodeIds);
    }

    public void rename(GroupName newName) {
        this.name = newName.value();
    }

    /** Puts the group in another (null: at the top); whether that makes a circle is the tree's to say first. */
    public void moveInto(Long newParentId) {
        this.parentId = newParentId;
    }

    /** Exactly these nodes are the group's own from now on. */
    public void replaceMembers(Set<Long> members) {
        nodeIds.retainAll(members);
        nodeIds.addAll(members);
    }

    GroupRow row() {
        return new GroupRow(id, name, parentId, nodeIds);
    }
}
