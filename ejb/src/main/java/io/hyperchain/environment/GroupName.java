package io.hyperchain.environment;

import io.hyperchain.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of a tenant's group of its own containers ("web", "workers"; sql/V28): 1 to 40 ASCII
 * letters, digits, '-' or '_', so that it sits in a URL path as it is. Kept in lower case: "Web"
 * and "web" are one group (the database compares names without case, and so does the tenant).
 */
public record GroupName(String value) {

    /** At most this many characters. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    public GroupName {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw invalid();
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    /** The name as the API or the page sends it; 400 {@code group.invalid} naming the rule for anything else. */
    public static GroupName of(String text) {
        return new GroupName(text);
    }

    private static DomainException invalid() {
        return DomainException.invalid("group", "group.invalid",
                "A group name is 1 to " + MAX_LENGTH + " letters, digits, '-' or '_'.");
    }

    @Override
    public String toString() {
        return value;
    }
}
