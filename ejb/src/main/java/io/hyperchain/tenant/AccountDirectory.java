package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/** Looks up the profile behind a login name. */
@Stateless
public class AccountDirectory {

    @PersistenceContext
    EntityManager em;

    public CallerProfile profile(String email) {
        var found = em.createQuery(
                        "select u from UserAccount u left join fetch u.tenant where u.email = :email", UserAccount.class)
                .setParameter("email", email)
                .getResultList();
        if (found.isEmpty()) {
            throw new DomainException(Problem.UNAUTHENTICATED, "account.gone", null, "Your account no longer exists.");
        }
        var account = found.get(0);
        var tenant = account.tenant();
        return new CallerProfile(account.id(), account.email(),
                tenant == null ? null : tenant.id(), tenant == null ? null : tenant.name(), Set.of(account.role()));
    }

}
