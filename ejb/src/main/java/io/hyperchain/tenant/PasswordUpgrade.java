package io.hyperchain.tenant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Replaces a password hash made at an older, cheaper cost the moment its owner logs in with the
 * right password (the only time the password is at hand). Its own transaction: the login it
 * follows has already succeeded and must not depend on this.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PasswordUpgrade {

    private static final Logger LOG = Logger.getLogger(PasswordUpgrade.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /** Rehashes at today's cost if the stored hash is older; true if it did. */
    public boolean rehashIfOld(String email, String password) {
        List<?> rows = em.createNativeQuery("select password_hash from user_account where email = ?1")
                .setParameter(1, email).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        String stored = (String) rows.get(0);
        // checked again against what was read here: a hash changed since the login must not get the old password back
        if (!passwords.needsRehash(stored) || !passwords.verify(password, stored)) {
            return false;
        }
        // compare-and-set: a concurrent change of the hash wins over this upgrade
        boolean replaced = em.createNativeQuery(
                        "update user_account set password_hash = ?1 where email = ?2 and password_hash = ?3")
                .setParameter(1, passwords.hash(password))
                .setParameter(2, email)
                .setParameter(3, stored)
                .executeUpdate() == 1;
        if (replaced) {
            LOG.info(() -> "rehashed the password of " + email + " at " + PasswordHashing.ITERATIONS + " rounds");
        }
        return replaced;
    }
}
