package io.hyperchain.shared;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * What this request has read once and may use again until it ends (the settings, the caller's
 * profile): however many services ask, the database is read once, and the next request reads
 * afresh, so every portal instance sees a change from its next request on. One value per type.
 * Use it only while {@link RequestScope#active} says a request context is there.
 */
@RequestScoped
public class ReadInThisRequest {

    private final Map<Class<?>, Object> kept = new HashMap<>();

    /** The value of this type read earlier in this request, or null. */
    public <T> T get(Class<T> type) {
        return type.cast(kept.get(type));
    }

    public <T> void keep(Class<T> type, T value) {
        kept.put(type, value);
    }

    /** Drops it: this request changed what it had read. */
    public void forget(Class<?> type) {
        kept.remove(type);
    }
}
