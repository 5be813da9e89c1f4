package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.EmailVerification;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The banner of an unverified account (every page's template): ask for a new verification link.
 * Its messages go to the banner's own p:messages (key {@value #BANNER}), never the page's.
 */
@Named
@RequestScoped
public class VerificationView {

    static final String BANNER = "verify-banner";

    @Inject
    Caller caller;

    @Inject
    EmailVerification verification;

    @Inject
    PageMessages messages;

    public void resend() {
        try {
            verification.resend(caller.profile().email());
            messages.infoFor(BANNER, "verification.sent", caller.profile().email());
        } catch (DomainException e) {
            messages.refusedFor(BANNER, e);
        }
    }
}
