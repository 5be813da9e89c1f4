package io.hyperchain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    private static final String DUPLICATE_EMAIL =
            "(conn=42) Duplicate entry 'alice@example.com' for key 'uq_user_account_email'";

    private static SQLException duplicate(String message) {
        return new SQLIntegrityConstraintViolationException(message, "23000", 1062);
    }

    /** As JPA delivers it: PersistenceException around ConstraintViolationException around the driver's. */
    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("could not execute statement",
                new RuntimeException("constraint violation", cause));
    }

    @Test
    void uniqueViolationDeepInTheChainIsFound() {
        assertTrue(Constraints.isUniqueViolation(wrapped(duplicate(DUPLICATE_EMAIL)), "uq_user_account_email"));
    }

    @Test
    void bareSqlExceptionIsFound() {
        assertTrue(Constraints.isUniqueViolation(duplicate(DUPLICATE_EMAIL), "uq_user_account_email"));
    }

    @Test
    void plainSqlExceptionWithState23000IsFound() {
        var error = wrapped(new SQLException("Duplicate entry 'n1' for key 'node.uq_node_name'", "23000"));
        assertTrue(Constraints.isUniqueViolation(error, "uq_node_name"));
    }

    @Test
    void anotherConstraintIsNotThisOne() {
        assertFalse(Constraints.isUniqueViolation(wrapped(duplicate(DUPLICATE_EMAIL)), "uq_tenant_name"));
    }

    @Test
    void otherSqlStateIsNotAUniqueViolation() {
        var error = wrapped(new SQLException("Table 'x' doesn't exist, uq_user_account_email", "42S02"));
        assertFalse(Constraints.isUniqueViolation(error, "uq_user_account_email"));
    }

    @Test
    void missingSqlStateIsNotAUniqueViolation() {
        assertFalse(Constraints.isUniqueViolation(wrapped(new SQLException(DUPLICATE_EMAIL)), "uq_user_account_email"));
    }

    @Test
    void sqlExceptionWithoutMessageIsNotAUniqueViolation() {
        assertFalse(Constraints.isUniqueViolation(wrapped(new SQLException(null, "23000")), "uq_user_account_email"));
    }

    @Test
    void chainWithoutSqlExceptionIsNotAUniqueViolation() {
        var error = wrapped(new IllegalStateException("Duplicate entry for key 'uq_user_account_email' 23000"));
        assertFalse(Constraints.isUniqueViolation(error, "uq_user_account_email"));
    }

    @Test
    void nullErrorIsNotAUniqueViolation() {
        assertFalse(Constraints.isUniqueViolation(null, "uq_user_account_email"));
    }

    @Test
    void exceptionWithoutCauseEndsTheSearch() {
        assertFalse(Constraints.isUniqueViolation(new RuntimeException("boom"), "uq_user_account_email"));
    }

    @Test
    void aValueThatSpellsAnotherConstraintDoesNotMisleadTheMatch() {
        var error = duplicate("Duplicate entry 'uq_user_account_email' for key 'uq_tenant_name'");
        assertTrue(Constraints.isUniqueViolation(error, "uq_tenant_name"));
        assertFalse(Constraints.isUniqueViolation(error, "uq_user_account_email"));
    }

    @Test
    void aCauseLoopEnds() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Constraints.isUniqueViolation(a, "uq_tenant_name"));
    }
}
