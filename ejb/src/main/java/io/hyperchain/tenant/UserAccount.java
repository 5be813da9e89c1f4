package io.hyperchain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who logs in: a tenant's user, or staff (admin, accountant) with no tenant. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tenant_id")
    private Tenant tenant;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "credential_generation", nullable = false)
    private int credentialGeneration;

    protected UserAccount() {
    }

    private UserAccount(Tenant tenant, EmailAddress email, String passwordHash, Role role, Instant createdAt) {
        this.tenant = tenant;
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** A tenant's user as sign-up makes it: the address is not verified until its owner opens the mailed link. */
    public static UserAccount tenantUser(Tenant tenant, EmailAddress email, String passwordHash, Instant at) {
        return new UserAccount(tenant, email, passwordHash, Role.TENANT, at);
    }

    /** Staff are made by an admin or from the environment, who vouch for the address: verified from the start. */
    public static UserAccount staff(Role role, EmailAddress email, String passwordHash, Instant at) {
        if (role == Role.TENANT) {
            throw new IllegalArgumentException("staff cannot have the TENANT role");
        }
        var account = new UserAccount(null, email, passwordHash, role, at);
        account.emailVerifiedAt = at;
        return account;
    }

    /** The owner proved the address (or an admin vouched for it); the first proof is the one kept. True if it was not yet verified. */
    public boolean verifyEmail(Instant at) {
        if (emailVerifiedAt != null) {
            return false;
        }
        emailVerifiedAt = at;
        return true;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** A new password, as its hash; every session of the account ends with it ({@link SessionsAndTokens}). */
    void replacePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.passwordHash = newHash;
    }

    /** The stored hash, for checking a password the owner types (never shown anywhere). */
    String passwordHash() {
        return passwordHash;
    }

    /**
     * Every session logged in before now counts as logged out: sessions remember the generation they
     * logged in at, and this one is over.
     */
    void endCurrentGeneration() {
        credentialGeneration++;
    }

    public int credentialGeneration() {
        return credentialGeneration;
    }

    public Long id() {
        return id;
    }

    public Tenant tenant() {
        return tenant;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }
}
