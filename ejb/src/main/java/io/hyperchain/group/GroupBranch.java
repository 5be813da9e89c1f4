package io.hyperchain.group;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One group as the API and the page show it: where it sits (depth, the path of names from the
 * top), its own nodes, how many nodes it reaches with the groups below it, and those groups.
 * JavaBean getters because Jakarta EL 5 does not read record components.
 */
public record GroupBranch(long id, String name, Long parentId, int depth, List<String> path, List<NodeRef> members,
                          int nodeCount, List<GroupBranch> groups) implements Serializable {

    public GroupBranch {
        path = List.copyOf(path);
        members = List.copyOf(members);
        groups = List.copyOf(groups);
    }

    /** Every branch of these trees, each parent before its children: how the page lists them. */
    public static List<GroupBranch> flatten(List<GroupBranch> roots) {
        List<GroupBranch> all = new ArrayList<>();
        for (GroupBranch root : roots) {
            all.add(root);
            all.addAll(flatten(root.groups()));
        }
        return all;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** "Seoul / rack 1". */
    public String getPath() {
        return String.join(" / ", path);
    }

    /** For the page's indentation class; deeper than 6 is drawn at 6. */
    public int getDepth() {
        return Math.min(depth, 6);
    }

    public List<NodeRef> getMembers() {
        return members;
    }

    public int getNodeCount() {
        return nodeCount;
    }

    public boolean isHoldsGroups() {
        return !groups.isEmpty();
    }
}
