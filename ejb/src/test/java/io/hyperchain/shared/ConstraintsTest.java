package io.hyperchain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** As Hibernate raises it: its own exception naming the constraint, around the driver's. */
    private static ConstraintViolationException named(String constraintName, SQLException driver) {
        return new ConstraintViolationException("could not execute statement", driver, ConstraintKind.UNIQUE, constraintName);
    }

    @Test
    void theConstraintHibernateNamesIsTheOneThatCounts() {
        // the driver's message names no key at all: only Hibernate's name can tell
        var error = wrapped(named("uq_upgrade_open", new SQLIntegrityConstraintViolationException("duplicate", "23000", 1062)));
        assertTrue(Constraints.isUniqueViolation(error, "uq_upgrade_open"));
        assertFalse(Constraints.isUniqueViolation(error, "uq_tenant_name"));
    }

    @Test
    void hibernatesNameWinsOverTheMessage() {
        var error = wrapped(named("uq_tenant_name", duplicate(DUPLICATE_EMAIL)));
        assertTrue(Constraints.isUniqueViolation(error, "uq_tenant_name"));
        assertFalse(Constraints.isUniqueViolation(error, "uq_user_account_email"));
    }

    @ParameterizedTest
    @CsvSource({
        "disk_upgrade.uq_upgrade_open, uq_upgrade_open",
        "`uq_job_run_period`, uq_job_run_period",
        "`node`.`uq_node_name`, uq_node_name",
        "PRIMARY, PRIMARY"
    })
    void aNameQualifiedByItsTableOrQuotedCountsAsTheBareOne(String reported, String asked) {
        assertTrue(Constraints.isUniqueViolation(wrapped(named(reported, duplicate("duplicate"))), asked));
    }

    @Test
    void withoutHibernatesNameTheMessageIsRead() {
        var error = wrapped(named(null, duplicate(DUPLICATE_EMAIL)));
        assertTrue(Constraints.isUniqueViolation(error, "uq_user_account_email"));
        assertFalse(Constraints.isUniqueViolation(error, "uq_tenant_name"));
    }

    @Test
    void aValueThatSpellsTheKeyPhraseDoesNotMisleadHibernatesName() {
        // Hibernate reads the first "for key '", which here is part of the duplicate tenant name
        var driver = duplicate("Duplicate entry 'x' for key 'uq_user_account_email' for key 'uq_tenant_name'");
        var error = wrapped(named("uq_user_account_email", driver));
        assertTrue(Constraints.isUniqueViolation(error, "uq_tenant_name"));
        assertFalse(Constraints.isUniqueViolation(error, "uq_user_account_email"));
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
