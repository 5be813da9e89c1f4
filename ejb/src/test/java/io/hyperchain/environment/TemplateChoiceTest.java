package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;

class TemplateChoiceTest {

    @Test
    void aFirstStartWithoutATemplateRunsTheDefault() {
        assertNull(TemplateChoice.of(null, DesiredState.STOPPED, null));
    }

    @Test
    void aStoppedEnvironmentStartsFromTheTemplateAskedForOrTheDefault() {
        assertEquals(5L, TemplateChoice.of(5L, DesiredState.STOPPED, 2L));
        assertNull(TemplateChoice.of(null, DesiredState.STOPPED, 2L), "not the one it ran before: the default");
    }

    @Test
    void aChangeOfNodesKeepsTheRunningTemplate() {
        assertEquals(2L, TemplateChoice.of(null, DesiredState.RUNNING, 2L));
        assertEquals(2L, TemplateChoice.of(2L, DesiredState.RUNNING, 2L));
    }

    @Test
    void anotherTemplateWhileRunningIsAConflict() {
        var e = assertThrows(DomainException.class, () -> TemplateChoice.of(3L, DesiredState.RUNNING, 2L));
        assertEquals(Problem.CONFLICT, e.problem());
        assertEquals("template.running", e.code());
        assertEquals("templateId", e.field());
    }

    @Test
    void anEnvironmentRunningFromBeforeTemplatesTakesTheOneAskedFor() {
        assertEquals(3L, TemplateChoice.of(3L, DesiredState.RUNNING, null));
    }
}
