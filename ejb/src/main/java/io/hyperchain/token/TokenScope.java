package io.hyperchain.token;

import io.hyperchain.shared.DomainException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What a token may do as its user: READ (GET and HEAD only) or READ_WRITE (everything the user
 * may). The API names them as lists: {@code ["read"]} and {@code ["read","write"]}.
 */
public enum TokenScope {
    READ(List.of("read")),
    READ_WRITE(List.of("read", "write"));

    private final List<String> names;

    TokenScope(List<String> names) {
        this.names = names;
    }

    /**
     * The scope a list of names asks for: "read" and "write", nothing else; write includes read.
     * An empty list or an unknown name is refused ({@code token.scope}).
     */
    public static TokenScope of(Collection<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw unknown();
        }
        boolean write = false;
        for (String name : requested) {
            String scope = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            switch (scope) {
                case "read" -> { }
                case "write" -> write = true;
                default -> throw unknown();
            }
        }
        return write ? READ_WRITE : READ;
    }

    /** A read-only token calls GET and HEAD only; any other method is a write. */
    public boolean allows(String method) {
        return this == READ_WRITE || "GET".equals(method) || "HEAD".equals(method);
    }

    /** Whether the token may write: also what opening a connection (the shell) needs. */
    public boolean canWrite() {
        return this == READ_WRITE;
    }

    /** ["read"] or ["read", "write"], as the API shows it. */
    public List<String> names() {
        return names;
    }

    private static DomainException unknown() {
        return DomainException.invalid("scopes", "token.scope", "Scopes are [\"read\"] or [\"read\", \"write\"].");
    }
}
