package io.hyperchain.group;

/**
 * What an admin changes of a group: a new name (null: kept) and, when {@code moves}, the group it
 * goes into ({@code parentId} null: the top).
 */
public record GroupChange(String name, boolean moves, Long parentId) {

    public static GroupChange rename(String name) {
        return new GroupChange(name, false, null);
    }

    public static GroupChange moveInto(Long parentId) {
        return new GroupChange(null, true, parentId);
    }
}
