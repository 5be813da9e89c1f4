package io.hyperchain.web.api.doc;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of sign-up, /me, passwords, e-mail verification, notifications and tokens; documentation only. */
public final class AccountSchemas {

    private AccountSchemas() {
    }

    @Schema(name = "SignUp", requiredProperties = {"tenantName", "email", "password"})
    public static final class SignUp {
        @Schema(maxLength = 64) String tenantName;
        @Schema(format = "email") String email;
        @Schema(minLength = 12, maxLength = 128, format = "password") String password;
    }

    @Schema(name = "SignedUp")
    public static final class SignedUp {
        long tenantId;
    }

    @Schema(name = "Me", description = "The caller; tenantId and tenantName are null for staff, csrfToken for a token call")
    public static final class Me {
        long userId;
        String email;
        boolean emailVerified;
        @Schema(description = "TENANT, ADMIN, ACCOUNTANT") List<String> roles;
        @Schema(nullable = true, description = "Send it as X-CSRF-Token with every write that rides on the session cookie")
        String csrfToken;
        @Schema(nullable = true) Long tenantId;
        @Schema(nullable = true) String tenantName;
    }

    @Schema(name = "PasswordChange", requiredProperties = {"currentPassword", "newPassword"})
    public static final class PasswordChange {
        @Schema(format = "password") String currentPassword;
        @Schema(format = "password") String newPassword;
    }

    @Schema(name = "PasswordResetRequest", requiredProperties = "email")
    public static final class PasswordResetRequest {
        @Schema(format = "email") String email;
    }

    @Schema(name = "PasswordReset", requiredProperties = {"token", "newPassword"})
    public static final class PasswordReset {
        @Schema(description = "From the mailed link") String token;
        @Schema(format = "password") String newPassword;
    }

    @Schema(name = "EmailVerification", requiredProperties = "token")
    public static final class EmailVerification {
        @Schema(description = "From the sign-up mail's link") String token;
    }

    @Schema(name = "Notification")
    public static final class Notification {
        long id;
        String kind;
        String text;
        @Schema(format = "date-time") String createdAt;
    }

    @Schema(name = "TokenRequest", requiredProperties = {"name", "scopes"})
    public static final class TokenRequest {
        String name;
        @Schema(description = "[\"read\"] or [\"read\", \"write\"]") List<String> scopes;
        @Schema(description = "Days until it expires") int expiresInDays;
    }

    @Schema(name = "Token", description = "An API token, without its secret")
    public static class Token {
        long id;
        String name;
        @Schema(description = "The public start of the secret, to tell tokens apart") String prefix;
        List<String> scopes;
        @Schema(description = "ACTIVE, EXPIRED or REVOKED") String state;
        @Schema(format = "date-time") String createdAt;
        @Schema(format = "date-time") String expiresAt;
        @Schema(format = "date-time", nullable = true) String lastUsedAt;
        @Schema(format = "date-time", nullable = true) String revokedAt;
    }

    @Schema(name = "IssuedToken", description = "A new token with its secret, shown this once")
    public static final class IssuedToken extends Token {
        @Schema(description = "Send as Authorization: Bearer <token>") String token;
    }
}
