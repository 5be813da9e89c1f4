package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.LoginSource;
import io.hyperchain.tenant.PasswordChange;
import io.hyperchain.web.security.Caller;
import io.hyperchain.web.security.SessionGeneration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * ui/account/password.xhtml: any logged-in user changes its password (the current one first). The
 * account's other sessions end; this one stays.
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    FacesContext faces;

    @Inject
    Caller caller;

    @Inject
    PasswordChange passwordChange;

    @Inject
    PageMessages messages;

    private String currentPassword;
    private String newPassword;

    public void change() {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            int generation = passwordChange.change(caller.profile().email(), currentPassword, newPassword,
                    LoginSource.of(request.getRemoteAddr()));
            SessionGeneration.remember(request.getSession(), generation);
            messages.info("password.changed");
        } catch (DomainException e) {
            messages.refused("password", e);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
