package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import java.util.regex.Pattern;

/** A tenant's display name: letters (any script), digits, spaces and a few marks, 2–64 long. */
public record TenantName(String value) {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._&'-]*$");

    public TenantName {
        value = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            throw DomainException.invalid("tenantName", "tenantName.missing", "Enter a name for your organisation.");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw DomainException.invalid("tenantName", "tenantName.length",
                    "A tenant name has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw DomainException.invalid("tenantName", "tenantName.characters",
                    "A tenant name starts with a letter or digit and uses letters, digits, spaces and . _ & ' - only.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
