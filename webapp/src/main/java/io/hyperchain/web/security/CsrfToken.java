package io.hyperchain.web.security;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/** A per-session secret that a script must echo in X-CSRF-Token when it writes with only a cookie. */
public final class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "io.hyperchain.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    public static String of(HttpSession session) {
        synchronized (session) {
            var token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** True when the session has a token and the header carries the same one. */
    public static boolean matches(HttpSession session, String header) {
        if (session == null || header == null) {
            return false;
        }
        var token = (String) session.getAttribute(ATTRIBUTE);
        return token != null && java.security.MessageDigest.isEqual(token.getBytes(), header.getBytes());
    }
}
