package io.hyperchain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * This portal installation's id (made once by the schema migration, shared by all its
 * instances). Containers carry it, so two installations on the same engines never clean up each
 * other's containers.
 */
@ApplicationScoped
public class Installation {

    @PersistenceContext
    EntityManager em;

    private volatile String id;

    public String id() {
        if (id == null) {
            id = (String) em.createNativeQuery("select id from installation").getSingleResult();
        }
        return id;
    }
}
