package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.EmailVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * verify.xhtml?token=…: the link of the sign-up mail. Opening it verifies the address, once; a
 * used, expired or unknown link says so, and how to get a new one.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    EmailVerification verification;

    @Inject
    PageMessages messages;

    private String token;
    private boolean verified;

    /** The page's view action: uses the link as it is opened. */
    public void verify() {
        try {
            verification.confirm(token);
            verified = true;
            messages.info("verify.done");
        } catch (DomainException e) {
            messages.refusedAt(null, e);
        }
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
