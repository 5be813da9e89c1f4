package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.ReadInThisRequest;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Set;

/**
 * Looks up the profile behind a login name. Both reads are one unique-key query that needs no
 * transaction (read committed gives a single statement nothing more): they run without one, which
 * spares every request the begin and commit round trips.
 */
@Stateless
public class AccountDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadInThisRequest thisRequest;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CallerProfile profile(String email) {
        var found = em.createQuery(
                        "select u from UserAccount u left join fetch u.tenant where u.email = :email", UserAccount.class)
                .setParameter("email", email)
                .getResultList();
        if (found.isEmpty()) {
            throw gone();
        }
        var account = found.get(0);
        var tenant = account.tenant();
        var profile = new CallerProfile(account.id(), account.email(),
                tenant == null ? null : tenant.id(), tenant == null ? null : tenant.name(), Set.of(account.role()),
                account.isEmailVerified());
        thisRequest.keep(CallerProfile.class, profile);
        return profile;
    }

    /** 401 {@code account.gone}: the logged-in caller's account was deleted meanwhile. */
    public static DomainException gone() {
        return new DomainException(Problem.UNAUTHENTICATED, "account.gone", null, "Your account no longer exists.");
    }

    /**
     * Whether the user acting for this tenant has verified its e-mail address: from the profile this
     * request read when it is that user's (read at the request's start, so as fresh), else read now.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasVerifiedEmail(TenantContext tenant) {
        var read = thisRequest.get(CallerProfile.class)
                .filter(p -> p.email().equals(tenant.actor()) && Objects.equals(p.tenantId(), tenant.tenantId()));
        if (read.isPresent()) {
            return read.get().emailVerified();
        }
        return !em.createQuery("select u.id from UserAccount u where u.email = :email and u.tenant.id = :tenant "
                        + "and u.emailVerifiedAt is not null", Long.class)
                .setParameter("email", tenant.actor())
                .setParameter("tenant", tenant.tenantId())
                .getResultList().isEmpty();
    }

}
