package io.hyperchain.token;

import io.hyperchain.tenant.Role;

/**
 * Who a usable token lets in: its user (the login name and role a password login would give) and
 * what the token allows. The web layer logs the user in for this one request.
 */
public record TokenLogin(long tokenId, String email, Role role, TokenScope scope) {
}
