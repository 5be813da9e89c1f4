package io.hyperchain.tenant;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A forgotten password, set anew through a link mailed to the account's address (valid one hour,
 * once). Asking answers the same whether the address has an account or not, and whether a mail
 * went or the rate limit held it back: the mail itself goes on the managed executor, so not even
 * the time of the answer tells. Setting the password ends every session of the account.
 */
@Stateless
public class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    PasswordHashing passwords;

    @Inject
    SessionsAndTokens sessions;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /**
     * Mails a link to this address if an account has it and the rate limit allows; otherwise does
     * nothing, and says nothing either way. Only a malformed address is refused (400), which tells
     * nothing about accounts.
     */
    public void request(String email) {
        var address = new EmailAddress(email);
        var account = tokens.lockAccount(address);
        if (account.isEmpty()) {
            return;
        }
        if (tokens.waitBeforeIssuing(account.get(), TokenPurpose.RESET_PASSWORD).isPresent()) {
            LOG.info(() -> "a password reset link for " + address + " was asked for again too soon: none sent");
            return;
        }
        var token = tokens.issue(account.get(), TokenPurpose.RESET_PASSWORD);
        executor.execute(() -> {
            if (!mails.sendPasswordReset(address.value(), token)) {
                LOG.warning(() -> "the password reset mail to " + address + " was not sent");
            }
        });
    }

    /** Whether the link may still set a password (the page shows its form only then); refuses as {@link #confirm} would. */
    public void check(String token) {
        tokens.peek(token, TokenPurpose.RESET_PASSWORD).requireUsable(Instant.now(clock));
    }

    /**
     * Sets the new password through the link: 400 for a password the rule refuses (the link stays
     * good), 400 {@code token.invalid}, 410 {@code token.used} or {@code token.expired}. The link
     * is used up, the account's other reset links withdrawn, every session of it ended; the mail
     * arrived, so the address counts as verified too.
     */
    public void confirm(String token, String newPassword) {
        PasswordRule.check(newPassword, "newPassword");
        var link = tokens.redeemable(token, TokenPurpose.RESET_PASSWORD);
        Instant now = Instant.now(clock);
        link.redeem(now);
        var account = link.account();
        account.replacePasswordHash(passwords.hash(newPassword));
        account.verifyEmail(now);
        tokens.withdrawAll(account, TokenPurpose.RESET_PASSWORD);
        sessions.endAllFor(account);
        LOG.info(() -> "the password of " + account.email() + " was reset through a mailed link; its sessions ended");
    }
}
