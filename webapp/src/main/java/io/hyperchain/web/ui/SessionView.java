package io.hyperchain.web.ui;

import io.hyperchain.tenant.CallerProfile;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is logged in, for the page header; where "home" is; logging out. */
@Named("account")
@RequestScoped
public class SessionView {

    @Inject
    FacesContext faces;

    @Inject
    Caller caller;

    public boolean isLoggedIn() {
        return caller.isLoggedIn();
    }

    public CallerProfile getProfile() {
        return caller.isLoggedIn() ? caller.profile() : null;
    }

    /** index.xhtml sends each user to their own start page. */
    public void goHome() throws IOException {
        String path = !caller.isLoggedIn() ? "/login.xhtml"
                : caller.profile().isAdmin() ? "/ui/admin/nodes.xhtml"
                : caller.profile().isTenant() ? "/ui/tenant/dashboard.xhtml"
                : caller.profile().isAccountant() ? "/ui/accounting/exports.xhtml"
                : "/login.xhtml";
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
    }

    public void logOut() throws IOException, ServletException {
        var external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
