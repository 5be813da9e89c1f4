package io.hyperchain.group;

import io.hyperchain.cluster.Node;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.Constraints;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's groups of nodes (P4.4): made, renamed, moved, emptied and deleted here, each change
 * audited. A change reads the whole tree under lock, so two admins moving groups at once cannot
 * make a circle between them; the tree itself ({@link GroupTree}) decides.
 */
@Stateless
public class NodeGroups {

    /** More nodes than any group needs; a longer list is a mistake, not a group. */
    static final int MAX_MEMBERS = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Every group, top groups first, each with its own nodes and the groups in it. */
    public List<GroupBranch> tree() {
        return branches(GroupTree.of(rows(false)));
    }

    /** Every node, by name, for choosing members. */
    public List<NodeRef> nodes() {
        return em.createQuery("select n from Node n order by n.name", Node.class).getResultList().stream()
                .map(NodeGroups::ref).toList();
    }

    public GroupBranch create(String name, Long parentId, String actor) {
        var groupName = new GroupName(name);
        var tree = GroupTree.of(rows(true));
        if (parentId != null && tree.group(parentId).isEmpty()) {
            throw parentNotFound(parentId);
        }
        if (tree.nameTaken(parentId, groupName.value(), null)) {
            throw nameTaken(groupName);
        }
        var group = new NodeGroup(groupName, parentId, Instant.now(clock));
        em.persist(group);
        flush(groupName);
        audit.record(actor, "group.create", "group " + group.id() + " (" + group.name() + ")"
                + (parentId == null ? "" : " in group " + parentId));
        return branch(group.id());
    }

    /** Renames and/or moves a group; moving it into itself or a group below it is refused (409 {@code group.cycle}). */
    public GroupBranch change(long id, GroupChange change, String actor) {
        var tree = GroupTree.of(rows(true));
        var group = find(id);
        GroupName newName = change.name() == null ? new GroupName(group.name()) : new GroupName(change.name());
        Long newParent = change.moves() ? change.parentId() : group.parentId();
        if (change.moves()) {
            if (newParent != null && tree.group(newParent).isEmpty()) {
                throw parentNotFound(newParent);
            }
            if (tree.wouldCycle(id, newParent)) {
                throw new DomainException(Problem.CONFLICT, "group.cycle", "parentId", "Group " + group.name()
                        + " cannot go into " + (newParent == id ? "itself" : "a group inside it") + ".");
            }
        }
        if (tree.nameTaken(newParent, newName.value(), id)) {
            throw nameTaken(newName);
        }
        String before = String.join(" / ", tree.path(id));
        group.rename(newName);
        group.moveInto(newParent);
        flush(newName);
        var branch = branch(id);
        audit.record(actor, "group.change", "group " + id + ": " + before + " -> " + branch.getPath());
        return branch;
    }

    /** Deletes a group that holds no groups (409 {@code group.notEmpty}); its nodes stay, only their membership goes. */
    public void delete(long id, String actor) {
        var tree = GroupTree.of(rows(true));
        var group = find(id);
        if (tree.holdsGroups(id)) {
            throw notEmpty(group);
        }
        String path = String.join(" / ", tree.path(id));
        em.remove(group);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw notEmpty(group); // a group made inside it meanwhile: the key on parent_id refused
        }
        audit.record(actor, "group.delete", "group " + id + " (" + path + ")");
    }

    /** Exactly these nodes are the group's own from now on (those of the groups below it are theirs). */
    public GroupBranch replaceMembers(long id, Set<Long> nodeIds, String actor) {
        var group = find(id);
        if (nodeIds.size() > MAX_MEMBERS) {
            throw DomainException.invalid("nodeIds", "nodeIds.tooMany", "A group holds at most " + MAX_MEMBERS + " nodes.");
        }
        if (!nodeIds.isEmpty()) {
            var known = new TreeSet<>(em.createQuery("select n.id from Node n where n.id in :ids", Long.class)
                    .setParameter("ids", nodeIds).getResultList());
            var unknown = new TreeSet<>(nodeIds);
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new DomainException(Problem.NOT_FOUND, "node.notFound", "nodeIds", "There is no node " + unknown + ".");
            }
        }
        group.replaceMembers(nodeIds);
        em.flush();
        audit.record(actor, "group.members", "group " + id + " (" + group.name() + "): nodes " + new TreeSet<>(nodeIds));
        return branch(id);
    }

    /** The group and every node it reaches, with the engines to ask (404 {@code group.notFound}). */
    public GroupTarget resolve(long id) {
        var tree = GroupTree.of(rows(false));
        var group = tree.group(id).orElseThrow(() -> notFound(id));
        var nodeIds = tree.resolve(id);
        List<Member> members = nodeIds.isEmpty() ? List.of()
                : em.createQuery("select n from Node n where n.id in :ids order by n.name", Node.class)
                        .setParameter("ids", nodeIds).getResultList().stream()
                        .map(node -> new Member(node.id(), node.name(), node.dockerHost().value())).toList();
        return new GroupTarget(id, group.name(), members);
    }

    /** Every group as stored; {@code locked}: every group row held until the transaction ends (changes one at a time). */
    private List<GroupRow> rows(boolean locked) {
        if (locked) {
            em.createQuery("select g from NodeGroup g", NodeGroup.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
        return em.createQuery("select distinct g from NodeGroup g left join fetch g.nodeIds", NodeGroup.class).getResultList()
                .stream().map(NodeGroup::row).toList();
    }

    private GroupBranch branch(long id) {
        return GroupBranch.flatten(tree()).stream().filter(b -> b.id() == id).findFirst().orElseThrow(() -> notFound(id));
    }

    private List<GroupBranch> branches(GroupTree tree) {
        Map<Long, NodeRef> nodes = new LinkedHashMap<>();
        nodes().forEach(node -> nodes.put(node.id(), node));
        List<GroupBranch> roots = new ArrayList<>();
        tree.roots().forEach(root -> roots.add(branch(tree, root, 0, nodes)));
        return roots;
    }

    private static GroupBranch branch(GroupTree tree, GroupRow row, int depth, Map<Long, NodeRef> nodes) {
        var members = new TreeSet<>(row.nodeIds()).stream().map(nodes::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(NodeRef::name)).toList();
        var children = tree.children(row.id()).stream().map(child -> branch(tree, child, depth + 1, nodes)).toList();
        return new GroupBranch(row.id(), row.name(), row.parentId(), depth, tree.path(row.id()), members,
                tree.resolve(row.id()).size(), children);
    }

    private NodeGroup find(long id) {
        var group = em.find(NodeGroup.class, id);
        if (group == null) {
            throw notFound(id);
        }
        return group;
    }

    private void flush(GroupName name) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_node_group_name")) {
                throw nameTaken(name); // made at the same moment by another admin
            }
            throw e;
        }
    }

    private static NodeRef ref(Node node) {
        return new NodeRef(node.id(), node.name(), node.state().name());
    }

    static DomainException notFound(long id) {
        return new DomainException(Problem.NOT_FOUND, "group.notFound", null, "There is no group " + id + ".");
    }

    private static DomainException parentNotFound(long id) {
        return new DomainException(Problem.NOT_FOUND, "group.notFound", "parentId", "There is no group " + id + " to go into.");
    }

    private static DomainException nameTaken(GroupName name) {
        return new DomainException(Problem.CONFLICT, "group.nameTaken", "name",
                "A group named " + name + " is already there; groups side by side have different names.");
    }

    private static DomainException notEmpty(NodeGroup group) {
        return new DomainException(Problem.CONFLICT, "group.notEmpty", null,
                "Group " + group.name() + " holds groups: move or delete them first.");
    }
}
