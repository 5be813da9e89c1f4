package io.hyperchain.tenant;

import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A tenant proves its e-mail address: sign-up mails a link ({@link #sendLink}), opening it verifies
 * the address once ({@link #confirm}); a logged-in tenant may ask for a new link ({@link #resend},
 * rate-limited by {@link TokenIssuePolicy}), and an admin may vouch for an address by hand
 * ({@link #verifyByAdmin}). Until then the tenant may look but not start anything
 * ({@link VerifiedEmailRequired}).
 */
@Stateless
public class EmailVerification {

    private static final Logger LOG = Logger.getLogger(EmailVerification.class.getName());

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Mails a new account its link, in the caller's transaction; a mail server that is down costs the mail only. */
    public void sendLink(UserAccount account) {
        var token = tokens.issue(account, TokenPurpose.VERIFY_EMAIL);
        if (!mails.sendVerification(account.email(), token)) {
            LOG.warning(() -> "the verification mail to " + account.email() + " was not sent; they can ask for another");
        }
    }

    /** A logged-in user asks for a new link: 409 when the address is verified already, 429 when asked too soon. */
    public void resend(String email) {
        var account = tokens.lockAccount(new EmailAddress(email)).orElseThrow(AccountDirectory::gone);
        if (account.isEmailVerified()) {
            throw new DomainException(Problem.CONFLICT, "email.alreadyVerified", null, "Your e-mail address is verified already.");
        }
        var wait = tokens.waitBeforeIssuing(account, TokenPurpose.VERIFY_EMAIL);
        if (wait.isPresent()) {
            throw AccountTokens.tooSoon("verification.tooSoon", wait.get());
        }
        sendLink(account);
    }

    /** The link was opened: the address is verified (400 token.invalid, 410 token.used or token.expired otherwise). */
    public void confirm(String token) {
        var link = tokens.redeemable(token, TokenPurpose.VERIFY_EMAIL);
        Instant now = Instant.now(clock);
        link.redeem(now);
        link.account().verifyEmail(now);
    }

    /** An admin vouches for the address (a tenant whose mail does not arrive); 404 when no account has it. Idempotent. */
    public void verifyByAdmin(String email, String admin) {
        var address = new EmailAddress(email);
        var account = tokens.lockAccount(address).orElseThrow(() -> new DomainException(Problem.NOT_FOUND,
                "account.notFound", "email", "No account has the e-mail address " + address + "."));
        if (account.verifyEmail(Instant.now(clock))) {
            audit.record(admin, "account.verifyEmail", address.value());
        }
    }
}
