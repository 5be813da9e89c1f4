package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.PasswordReset;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * forgot.xhtml: a forgotten password. Whatever the address, the page answers the same ("if it is
 * known, a link is on its way"); only an address that is no address at all is refused.
 */
@Named
@RequestScoped
public class ForgotView {

    @Inject
    PasswordReset reset;

    @Inject
    PageMessages messages;

    private String email;
    private boolean sent;

    public void send() {
        try {
            reset.request(email);
        } catch (DomainException e) {
            messages.refused("forgot", e);
            return;
        }
        sent = true;
        messages.info("forgot.sent");
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
