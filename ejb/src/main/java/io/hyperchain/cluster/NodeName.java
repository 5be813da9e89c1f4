package io.hyperchain.cluster;

import io.hyperchain.shared.DomainException;
import java.util.regex.Pattern;

/** A node's name as admins and tenants see it: short, lower-case, DNS-label-like. */
public record NodeName(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$");

    public NodeName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw DomainException.invalid("name", "name.missing", "Enter a name for the node.");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("name", "name.invalid",
                    "A node name uses lower-case letters, digits and inner hyphens, at most 64 characters.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
