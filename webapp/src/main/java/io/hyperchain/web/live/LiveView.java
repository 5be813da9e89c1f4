package io.hyperchain.web.live;

import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the page template needs to open the live channel: whether to, and on whose key. */
@Named("live")
@RequestScoped
public class LiveView {

    @Inject
    Caller caller;

    public String getAudience() {
        return caller.isLoggedIn() ? LiveAudience.of(caller.profile()) : null;
    }

    public boolean isOn() {
        return getAudience() != null;
    }
}
