package io.hyperchain.billing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gapless document numbers: the series' counter row is locked and moved inside the caller's
 * transaction, so a number is used exactly when the document that carries it commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DocumentNumbers {

    @PersistenceContext
    EntityManager em;

    /** The next number of a series, e.g. series "HC-2026" gives HC-2026-000001. */
    public String next(String series) {
        return reserve(series, 1).get(0);
    }

    /** The next {@code count} numbers of a series, in order, for documents finalized in this transaction. */
    public java.util.List<String> reserve(String series, int count) {
        em.createNativeQuery("insert ignore into document_counter (series, last_value) values (?1, 0)")
                .setParameter(1, series).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_value from document_counter where series = ?1 for update")
                .setParameter(1, series).getSingleResult();
        em.createNativeQuery("update document_counter set last_value = ?1 where series = ?2")
                .setParameter(1, last.longValue() + count).setParameter(2, series).executeUpdate();
        return java.util.stream.LongStream.rangeClosed(last.longValue() + 1, last.longValue() + count)
                .mapToObj(n -> String.format(java.util.Locale.ROOT, "%s-%06d", series, n)).toList();
    }
}
