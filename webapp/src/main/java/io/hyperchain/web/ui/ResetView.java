package io.hyperchain.web.ui;

import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.PasswordReset;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * reset.xhtml?token=…: the link of the forgotten-password mail. The form shows only while the link
 * is good; setting the password uses it up and logs the account out everywhere, and the page
 * leads to the login.
 */
@Named
@ViewScoped
public class ResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordReset reset;

    @Inject
    PageMessages messages;

    private String token;
    private String password;
    private boolean usable;
    private boolean done;

    /** The page's view action: is the link still good? (It is not used yet.) */
    public void check() {
        try {
            reset.check(token);
            usable = true;
        } catch (DomainException e) {
            usable = false;
            messages.refusedAt(null, e);
        }
    }

    public void save() {
        try {
            reset.confirm(token, password);
            usable = false;
            done = true;
            messages.info("reset.done");
        } catch (DomainException e) {
            if (e.code().startsWith("token.")) {
                usable = false;
            }
            messages.refused("reset", e);
        } finally {
            password = null;
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
