package io.hyperchain.web.security;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.token.TokenScope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * What an API token allowed on this request, left on the request by {@link BearerAuthentication};
 * absent when the caller logged in with a password (the login page, HTTP Basic) or a session.
 */
public record TokenGrant(long tokenId, TokenScope scope) {

    private static final String ATTRIBUTE = "io.hyperchain.token.grant";

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static Optional<TokenGrant> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof TokenGrant grant ? Optional.of(grant) : Optional.empty();
    }

    /**
     * Tokens are made and revoked with a password or a session only, so a leaked token cannot make
     * more of itself or revoke the owner's other tokens: 403 {@code token.notAllowed} otherwise.
     */
    public static void refuseToken(HttpServletRequest request) {
        if (of(request).isPresent()) {
            throw new DomainException(Problem.FORBIDDEN, "token.notAllowed", null,
                    "API tokens are made and revoked with your password or in the portal, not with a token.");
        }
    }
}
