package io.hyperchain.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin from HYPERCHAIN_ADMIN_EMAIL / HYPERCHAIN_ADMIN_PASSWORD when no account
 * has that e-mail yet. An existing admin is never changed: the password set in the portal wins.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hyperchain.admin.email", defaultValue = "admin@hyperchain.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "hyperchain.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void ensureFirstAdmin() {
        var email = new EmailAddress(adminEmail);
        boolean exists = !em.createQuery("select u.id from UserAccount u where u.email = :email", Long.class)
                .setParameter("email", email.value()).getResultList().isEmpty();
        if (exists) {
            return;
        }
        if (adminPassword.isEmpty() || adminPassword.get().isBlank()) {
            LOG.warning("no admin account and HYPERCHAIN_ADMIN_PASSWORD is not set: nobody can administer this portal");
            return;
        }
        em.persist(UserAccount.staff(Role.ADMIN, email, passwords.hash(PasswordRule.check(adminPassword.get())),
                Instant.now(clock)));
        LOG.info(() -> "created the first admin " + email);
    }
}
