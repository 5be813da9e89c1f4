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

    protected UserAccount() {
    }

    private UserAccount(Tenant tenant, EmailAddress email, String passwordHash, Role role, Instant createdAt) {
        this.tenant = tenant;
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public static UserAccount tenantUser(Tenant tenant, EmailAddress email, String passwordHash, Instant at) {
        return new UserAccount(tenant, email, passwordHash, Role.TENANT, at);
    }

    public static UserAccount staff(Role role, EmailAddress email, String passwordHash, Instant at) {
        if (role == Role.TENANT) {
            throw new IllegalArgumentException("staff cannot have the TENANT role");
        }
        return new UserAccount(null, email, passwordHash, role, at);
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
