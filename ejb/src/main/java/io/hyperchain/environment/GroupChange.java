package io.hyperchain.environment;

/**
 * What a change of a container's settings does to its group (sql/V28): keeps it (the field was not
 * sent), clears it ({@code "group": null}) or puts the container in the named group.
 */
public record GroupChange(boolean keeps, GroupName name) {

    /** The request said nothing of the group. */
    public static final GroupChange KEEP = new GroupChange(true, null);

    /** The group the API or the page names; null clears it; 400 {@code group.invalid} for a bad name. */
    public static GroupChange to(String text) {
        return new GroupChange(false, text == null ? null : GroupName.of(text));
    }
}
