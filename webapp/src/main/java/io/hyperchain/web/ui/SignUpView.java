package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.TenantSignUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;

/** The sign-up page (U1): a new tenant and its first user, logged in straight away. */
@Named
@RequestScoped
public class SignUpView {

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    @Inject
    TenantSignUp signUp;

    @Inject
    PageMessages messages;

    private String tenantName;
    private String email;
    private String password;

    public void signUp() throws IOException {
        try {
            signUp.signUp(tenantName, email, password);
        } catch (DomainException e) {
            messages.refused("signup", e);
            return;
        }
        String path = LoginView.attempt(faces, security, email, password) ? "/ui/tenant/dashboard.xhtml" : "/login.xhtml";
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
    }

    public String getTenantName() {
        return tenantName;
    }

    public void setTenantName(String tenantName) {
        this.tenantName = tenantName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
