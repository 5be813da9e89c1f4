package io.hyperchain.web.ui;

import io.hyperchain.web.security.PortalAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** The login page: e-mail and password, through the portal's one authentication mechanism. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    private String email;
    private String password;

    public void logIn() throws IOException {
        if (attempt(faces, security, email, password)) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/index.xhtml");
            return;
        }
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        var wait = (Duration) request.getAttribute(PortalAuthentication.WAIT_ATTRIBUTE);
        if (wait != null) {
            messages.error("login.throttled", Math.max(1, (wait.toMillis() + 999) / 1000));
        } else {
            messages.error("login.failed");
        }
    }

    /** Logs the caller in for this session; shared by the login and sign-up pages. */
    static boolean attempt(FacesContext faces, SecurityContext security, String email, String password) {
        var external = faces.getExternalContext();
        var status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email == null ? "" : email,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS;
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
