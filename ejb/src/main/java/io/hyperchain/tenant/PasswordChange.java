package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A logged-in user changes its password: the current one first, then a new one that passes
 * {@link PasswordRule}. Every session of the account ends with it; the web layer keeps the one
 * that asked alive by remembering the generation returned. A wrong current password counts as a
 * failed login of that source ({@link LoginThrottle}), so a stolen session cannot guess it freely.
 */
@Stateless
public class PasswordChange {

    @Inject
    AccountTokens tokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    SessionsAndTokens sessions;

    @Inject
    LoginThrottle throttle;

    /** Returns the account's new credential generation (for the session that stays). */
    public int change(String email, String currentPassword, String newPassword, LoginSource source) {
        var wait = throttle.waitFor(email, source);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new DomainException(Problem.TOO_MANY_ATTEMPTS, "login.throttled", "currentPassword",
                    "Too many wrong passwords. Try again in " + seconds + " s.");
        }
        var account = tokens.lockAccount(new EmailAddress(email)).orElseThrow(AccountDirectory::gone);
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw DomainException.invalid("currentPassword", "password.missing", "Enter your current password.");
        }
        if (!passwords.verify(currentPassword, account.passwordHash())) {
            throw wrong(email, source);
        }
        PasswordRule.check(newPassword, "newPassword");
        account.replacePasswordHash(passwords.hash(newPassword));
        // a reset link asked for before the change must not undo it
        tokens.withdrawAll(account, TokenPurpose.RESET_PASSWORD);
        return sessions.endAllFor(account);
    }

    private DomainException wrong(String email, LoginSource source) {
        throttle.recordFailure(email, source);
        return DomainException.invalid("currentPassword", "password.wrong", "That is not your current password.");
    }
}
