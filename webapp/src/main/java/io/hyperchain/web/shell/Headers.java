package io.hyperchain.web.shell;

import java.util.List;
import java.util.Map;

/** Reads handshake headers by name whatever case the container keeps them in. */
public final class Headers {

    private Headers() {
    }

    static List<String> all(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return List.of();
        }
        for (var entry : headers.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey()) && entry.getValue() != null) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    public static String first(Map<String, List<String>> headers, String name) {
        List<String> values = all(headers, name);
        return values.isEmpty() ? null : values.get(0);
    }
}
