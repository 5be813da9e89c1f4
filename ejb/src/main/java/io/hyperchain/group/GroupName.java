package io.hyperchain.group;

import io.hyperchain.shared.DomainException;
import java.util.regex.Pattern;

/** A group's name: what admins call a rack, a site or a purpose; letters of any language. */
public record GroupName(String value) {

    public static final int MAX_LENGTH = 64;

    private static final Pattern SHAPE = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*$");

    public GroupName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw DomainException.invalid("name", "name.missing", "Enter a name for the group.");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw DomainException.invalid("name", "name.tooLong", "A group name has at most " + MAX_LENGTH + " characters.");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("name", "name.invalid",
                    "A group name starts with a letter or digit and uses letters, digits, spaces, dots, hyphens and underscores.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
