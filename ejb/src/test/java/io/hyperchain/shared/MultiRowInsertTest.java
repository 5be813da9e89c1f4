package io.hyperchain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    private final RecordingConnection recording = new RecordingConnection();

    private int write(List<Long> rows, int perStatement) throws Exception {
        return MultiRowInsert.write(recording.connection(), "insert into t (a, b) values ", "(?,?)",
                " on duplicate key update b = b + 1", rows, perStatement, (insert, p, row) -> {
                    insert.setLong(p++, row);
                    insert.setLong(p++, row * 10);
                    return p;
                });
    }

    @Test
    void rowsAreSplitIntoStatementsOfAtMostTheGivenSize() throws Exception {
        var rows = LongStream.rangeClosed(1, 2500).boxed().toList();
        assertEquals(3, write(rows, 1000));
        assertEquals(List.of(2000, 2000, 1000),
                recording.executed().stream().map(e -> e.parameters().size()).toList());
    }

    @Test
    void everyRowGetsItsOwnPlaceholdersInOrder() throws Exception {
        write(List.of(7L, 8L), 1000);
        var statement = recording.executed().get(0);
        assertEquals("insert into t (a, b) values (?,?),(?,?) on duplicate key update b = b + 1", statement.sql());
        assertEquals(List.of(7L, 70L, 8L, 80L), List.copyOf(statement.parameters().values()));
    }

    @Test
    void noRowsNoStatement() throws Exception {
        assertEquals(0, write(List.of(), 1000));
        assertTrue(recording.executed().isEmpty());
    }

    @Test
    void aStatementHoldsAtLeastOneRow() {
        assertThrows(IllegalArgumentException.class, () -> write(List.of(1L), 0));
    }
}
