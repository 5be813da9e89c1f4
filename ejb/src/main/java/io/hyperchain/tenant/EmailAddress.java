package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as a login name: trimmed, lower-cased, and shaped like one. */
public record EmailAddress(String value) {

    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw DomainException.invalid("email", "email.missing", "Enter an e-mail address.");
        }
        if (value.length() > MAX_LENGTH) {
            throw DomainException.invalid("email", "email.tooLong",
                    "An e-mail address has at most " + MAX_LENGTH + " characters.");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("email", "email.invalid", "This is not an e-mail address: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
