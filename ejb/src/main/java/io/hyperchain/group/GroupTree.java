package io.hyperchain.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The admin's groups as a tree (P4.4): a group may hold groups and nodes, a node may be in several
 * groups. Framework-free: built from the stored rows, it answers what the services ask (where may a
 * group move, which nodes does a group reach) and never changes.
 */
public final class GroupTree {

    /** Siblings in the order people read them: by name, then by id. */
    private static final Comparator<GroupRow> READING_ORDER =
            Comparator.comparing(GroupRow::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(GroupRow::id);

    private final Map<Long, GroupRow> byId = new LinkedHashMap<>();
    private final Map<Long, List<GroupRow>> childrenOf = new LinkedHashMap<>();
    private final List<GroupRow> roots = new ArrayList<>();

    private GroupTree(Collection<GroupRow> rows) {
        rows.stream().sorted(READING_ORDER).forEach(row -> byId.put(row.id(), row));
        for (GroupRow row : byId.values()) {
            // a parent that is not among the rows (it cannot be, the database refers to it) counts as the top
            if (row.parentId() == null || !byId.containsKey(row.parentId())) {
                roots.add(row);
            } else {
                childrenOf.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row);
            }
        }
    }

    public static GroupTree of(Collection<GroupRow> rows) {
        return new GroupTree(rows);
    }

    public Optional<GroupRow> group(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The groups at the top, in reading order. */
    public List<GroupRow> roots() {
        return List.copyOf(roots);
    }

    /** The groups directly in this one, in reading order. */
    public List<GroupRow> children(long id) {
        return List.copyOf(childrenOf.getOrDefault(id, List.of()));
    }

    public boolean holdsGroups(long id) {
        return childrenOf.containsKey(id);
    }

    /**
     * Rule: a group may not sit in itself nor in a group below it (the tree would become a circle).
     * The top (null) is always a place it may go.
     */
    public boolean wouldCycle(long groupId, Long newParentId) {
        if (newParentId == null) {
            return false;
        }
        return newParentId == groupId || below(groupId).contains(newParentId);
    }

    /** The ids of every group below this one, at any depth. */
    public Set<Long> below(long groupId) {
        Set<Long> found = new HashSet<>();
        List<Long> unvisited = new ArrayList<>(List.of(groupId));
        while (!unvisited.isEmpty()) {
            long next = unvisited.remove(unvisited.size() - 1);
            for (GroupRow child : childrenOf.getOrDefault(next, List.of())) {
                // the set stops a circle in bad data from looping for ever
                if (found.add(child.id())) {
                    unvisited.add(child.id());
                }
            }
        }
        found.remove(groupId);
        return found;
    }

    /**
     * Rule: a group reaches its own nodes and those of every group below it, each node once.
     * Empty for a group that does not exist.
     */
    public SortedSet<Long> resolve(long groupId) {
        SortedSet<Long> nodes = new TreeSet<>();
        if (!byId.containsKey(groupId)) {
            return nodes;
        }
        nodes.addAll(byId.get(groupId).nodeIds());
        below(groupId).forEach(id -> nodes.addAll(byId.get(id).nodeIds()));
        return nodes;
    }

    /** The names from the top down to this group: ["Seoul", "rack 1"]. */
    public List<String> path(long groupId) {
        List<String> names = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (GroupRow row = byId.get(groupId); row != null && seen.add(row.id());
             row = row.parentId() == null ? null : byId.get(row.parentId())) {
            names.add(0, row.name());
        }
        return names;
    }

    /** One group in a walk of the tree: how deep it sits (0 at the top). */
    public record Step(GroupRow group, int depth) {
    }

    /** Every group, each parent before its children, siblings in reading order: the tree as a page lists it. */
    public List<Step> walk() {
        List<Step> steps = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (GroupRow root : roots) {
            walk(root, 0, steps, seen);
        }
        return steps;
    }

    private void walk(GroupRow group, int depth, List<Step> steps, Set<Long> seen) {
        if (!seen.add(group.id())) {
            return;
        }
        steps.add(new Step(group, depth));
        for (GroupRow child : childrenOf.getOrDefault(group.id(), List.of())) {
            walk(child, depth + 1, steps, seen);
        }
    }

    /** Whether a sibling (same parent) other than {@code except} already has this name, ignoring case. */
    public boolean nameTaken(Long parentId, String name, Long except) {
        List<GroupRow> siblings = parentId == null ? roots : childrenOf.getOrDefault(parentId, List.of());
        return siblings.stream().anyMatch(row -> !Long.valueOf(row.id()).equals(except) && row.name().equalsIgnoreCase(name));
    }

    public int size() {
        return byId.size();
    }
}
