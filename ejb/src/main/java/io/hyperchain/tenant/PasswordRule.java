package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;

/** What a new password must be: long enough to resist guessing, short enough to hash cheaply. */
public final class PasswordRule {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordRule() {
    }

    /** Returns the password unchanged when it passes; a password is never trimmed. */
    public static String check(String password) {
        return check(password, "password");
    }

    /** The same rule for a form or body whose field has another name ("newPassword"). */
    public static String check(String password, String field) {
        if (password == null || password.isEmpty()) {
            throw DomainException.invalid(field, "password.missing", "Enter a password.");
        }
        if (password.length() < MIN_LENGTH) {
            throw DomainException.invalid(field, "password.tooShort",
                    "A password has at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, "password.tooLong",
                    "A password has at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw DomainException.invalid(field, "password.blank", "A password cannot be only spaces.");
        }
        return password;
    }
}
