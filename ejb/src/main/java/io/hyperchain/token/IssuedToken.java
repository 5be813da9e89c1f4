package io.hyperchain.token;

/** A token just made, with its secret: the only time the secret leaves the portal. */
public record IssuedToken(TokenView token, String secret) {

    /** Without the secret, so a log line cannot leak it. */
    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
