package io.hyperchain.web.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Which credential generation of its account a logged-in session belongs to. The login stores the
 * account's {@code credential_generation} in the session; when the password changes (or is reset)
 * the database's number moves on, and every older session counts as logged out on whichever
 * instance it arrives ({@code EndedSessionFilter}). A count, not a time: instances' clocks may differ.
 */
public final class SessionGeneration {

    static final String ATTRIBUTE = "io.hyperchain.session.generation";

    private SessionGeneration() {
    }

    /** The session belongs to this generation from now on (a login, or the session that changed the password). */
    public static void remember(HttpSession session, int generation) {
        session.setAttribute(ATTRIBUTE, generation);
    }

    /** The generation the session logged in at, if it recorded one. */
    public static Optional<Integer> of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Integer generation ? Optional.of(generation) : Optional.empty();
    }

    /**
     * Whether a logged-in session is over: its account is gone, or moved to another generation since,
     * or the session never recorded one (fail closed: every login records it).
     */
    public static boolean ended(Optional<Integer> remembered, Optional<Integer> current) {
        return current.isEmpty() || remembered.isEmpty() || !remembered.get().equals(current.get());
    }
}
