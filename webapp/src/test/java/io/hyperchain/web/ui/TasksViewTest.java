package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TasksViewTest {

    @Test
    void aRefusalOfTheMemoryIsShownBesideTheMemoryInput() {
        assertEquals("memory", TasksView.input("memoryGiB"));
    }

    @Test
    void aRefusalOfAnotherFieldIsShownBesideTheInputOfTheSameName() {
        for (String field : new String[] {"command", "cpu", "kind", "node"}) {
            assertEquals(field, TasksView.input(field));
        }
    }
}
