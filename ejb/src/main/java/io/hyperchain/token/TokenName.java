package io.hyperchain.token;

import io.hyperchain.shared.DomainException;

/** What the user calls a token ("backup script"): 1 to 60 characters, no control characters. */
public record TokenName(String value) {

    static final int MAX_LENGTH = 60;

    public TokenName {
        value = value == null ? "" : value.strip();
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH || value.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("name", "token.name", "A token name has 1 to " + MAX_LENGTH + " characters.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
