package io.hyperchain.tenant;

import io.hyperchain.shared.AuditLog;
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

/** Staff accounts an admin makes: admins and accountants (read-only on billing). */
@Stateless
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public long create(String email, String password, String role, String actor) {
        Role staffRole;
        try {
            staffRole = Role.valueOf(String.valueOf(role));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("role", "role.unknown", "role must be ACCOUNTANT or ADMIN.");
        }
        if (staffRole == Role.TENANT) {
            throw DomainException.invalid("role", "role.unknown", "role must be ACCOUNTANT or ADMIN; tenants sign up.");
        }
        var address = new EmailAddress(email);
        PasswordRule.check(password);
        var account = UserAccount.staff(staffRole, address, passwords.hash(password), Instant.now(clock));
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_user_account_email")) {
                throw new DomainException(Problem.CONFLICT, "email.taken", "email", "An account with this e-mail address already exists.");
            }
            throw e;
        }
        audit.record(actor, "staff.create", staffRole + " " + address.value());
        return account.id();
    }
}
