package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionDeepInTheChainIsAnOutage() {
        var lost = new SQLNonTransientConnectionException("socket closed", "08000");
        assertTrue(DatabaseOutage.isCause(new jakarta.ejb.EJBException(new PersistenceException("query failed", lost))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLTransientConnectionException("timeout"))));
    }

    @Test
    void aRefusedConnectionIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new java.net.ConnectException("Connection refused"))));
    }

    @Test
    void sqlStateClass08IsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new SQLException("Communications link failure", "08S01"))));
    }

    @Test
    void aPoolThatCannotAllocateIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))));
    }

    @Test
    void aBugOrAConstraintIsNoOutage() {
        assertFalse(DatabaseOutage.isCause(new NullPointerException()));
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("syntax", "42000"))));
    }
    @Test
    void aDeadlockIsNoOutage() {
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("Deadlock found", "40001", 1213))));
    }
}
