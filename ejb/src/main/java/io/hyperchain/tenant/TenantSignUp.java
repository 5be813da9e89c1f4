package io.hyperchain.tenant;

import io.hyperchain.shared.Constraints;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;

/**
 * U1: a new organisation signs up and its first user can log in at once. The address is mailed a
 * link to verify it ({@link EmailVerification}); until it is opened the tenant may look around but
 * not ask for resources or start an environment.
 */
@Stateless
public class TenantSignUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    EmailVerification verification;

    /** Creates the tenant and its first user; returns the tenant's id. */
    public long signUp(String tenantName, String email, String password) {
        var name = new TenantName(tenantName);
        var address = new EmailAddress(email);
        PasswordRule.check(password);
        if (emailTaken(address)) {
            throw emailConflict();
        }
        if (nameTaken(name)) {
            throw nameConflict();
        }
        Instant now = Instant.now(clock);
        var tenant = new Tenant(name, now);
        var account = UserAccount.tenantUser(tenant, address, passwords.hash(password), now);
        try {
            em.persist(tenant);
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            // two sign-ups racing for the same e-mail or name: the unique keys decide
            if (Constraints.isUniqueViolation(e, "uq_user_account_email")) {
                throw emailConflict();
            }
            if (Constraints.isUniqueViolation(e, "uq_tenant_name")) {
                throw nameConflict();
            }
            throw e;
        }
        verification.sendLink(account);
        return tenant.id();
    }

    private boolean emailTaken(EmailAddress address) {
        return !em.createQuery("select u.id from UserAccount u where u.email = :email", Long.class)
                .setParameter("email", address.value()).getResultList().isEmpty();
    }

    private boolean nameTaken(TenantName name) {
        return !em.createQuery("select t.id from Tenant t where t.name = :name", Long.class)
                .setParameter("name", name.value()).getResultList().isEmpty();
    }

    private static DomainException emailConflict() {
        return new DomainException(Problem.CONFLICT, "email.taken", "email",
                "An account with this e-mail address already exists. Log in instead.");
    }

    private static DomainException nameConflict() {
        return new DomainException(Problem.CONFLICT, "tenantName.taken", "tenantName",
                "This tenant name is taken. Choose another.");
    }
}
