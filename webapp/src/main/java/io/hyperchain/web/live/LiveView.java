package io.hyperchain.web.live;

import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the page template opens the live channel: for those who have live pages (admins, tenants). */
@Named("live")
@RequestScoped
public class LiveView {

    @Inject
    Caller caller;

    public boolean isOn() {
        return caller.isLoggedIn() && LiveAudience.of(caller.profile()) != null;
    }
}
