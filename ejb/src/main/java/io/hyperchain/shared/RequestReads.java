package io.hyperchain.shared;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/** The values {@link ReadInThisRequest} keeps, one per type, for as long as the request lasts. */
@RequestScoped
public class RequestReads {

    private final Map<Class<?>, Object> values = new HashMap<>();

    <T> T get(Class<T> type) {
        return type.cast(values.get(type));
    }

    <T> void put(Class<T> type, T value) {
        values.put(type, value);
    }

    void remove(Class<?> type) {
        values.remove(type);
    }
}
