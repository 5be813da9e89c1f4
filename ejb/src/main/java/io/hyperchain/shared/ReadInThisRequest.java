package io.hyperchain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What this request has read once and may use again until it ends (the settings, the caller's
 * profile): however many services ask, the database is read once, and the next request reads
 * afresh, so every portal instance sees a change from its next request on. One value per type.
 * Without a request context (a job run outside one) nothing is kept and every read goes through.
 */
@ApplicationScoped
public class ReadInThisRequest {

    @Inject
    BeanManager beans;

    @Inject
    RequestReads reads;

    /** The value of this type read earlier in this request, else {@code read}'s, kept for the rest of it. */
    public <T> T once(Class<T> type, Supplier<T> read) {
        if (!active()) {
            return read.get();
        }
        T value = reads.get(type);
        if (value == null) {
            value = read.get();
            reads.put(type, value);
        }
        return value;
    }

    /** The value of this type read earlier in this request, if any. */
    public <T> Optional<T> get(Class<T> type) {
        return active() ? Optional.ofNullable(reads.get(type)) : Optional.empty();
    }

    public <T> void keep(Class<T> type, T value) {
        if (active()) {
            reads.put(type, value);
        }
    }

    /** Drops it: this request changed what it had read. */
    public void forget(Class<?> type) {
        if (active()) {
            reads.remove(type);
        }
    }

    private boolean active() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
