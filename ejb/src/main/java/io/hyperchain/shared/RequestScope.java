package io.hyperchain.shared;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;

/** Whether a CDI request context is active (HTTP request, EJB call or job run): what is kept "for this request" is kept only then. */
public final class RequestScope {

    private RequestScope() {
    }

    public static boolean active(BeanManager beans) {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
