package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.task.TaskBudget.Reservation;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the running tasks reserve against the environment's cores and memory. */
class TaskBudgetTest {

    private static TaskOrder asking(double cpu, double memoryGiB) {
        return TaskOrder.of(List.of("true"), cpu, memoryGiB, null, null);
    }

    private static List<Reservation> times(int n, double cpu, double memoryGiB) {
        return Collections.nCopies(n, new Reservation(cpu, memoryGiB));
    }

    @Test
    void theReservationsAreSummed() {
        var budget = TaskBudget.of(6, 12, List.of(new Reservation(1, 2), new Reservation(0.5, 0.25)));
        assertEquals(6, budget.cores());
        assertEquals(12, budget.memoryGiB());
        assertEquals(1.5, budget.reservedCpu());
        assertEquals(2.25, budget.reservedMemoryGiB());
    }

    @Test
    void anOrderFitsWhenItFillsTheCoresAndTheMemoryExactly() {
        var budget = TaskBudget.of(6, 12, times(5, 1, 2));
        assertTrue(budget.fits(asking(1, 2)));
        assertDoesNotThrow(() -> budget.admit(asking(1, 2)));
    }

    @Test
    void anOrderFitsAnEmptyEnvironmentUpToItsSize() {
        assertTrue(TaskBudget.of(2, 4, List.of()).fits(asking(2, 4)));
        assertFalse(TaskBudget.of(2, 4, List.of()).fits(asking(2.01, 4)));
    }

    @Test
    void aSumThatFloatsJustOverTheLimitStillFits() {
        var budget = TaskBudget.of(3, 30, times(29, 0.1, 1));
        assertTrue(budget.reservedCpu() + 0.1 > 3, "the sum of thirty tenths in doubles is a little over 3");
        assertTrue(budget.fits(asking(0.1, 1)));
    }

    @Test
    void anOrderOverTheCoresByAHundredthDoesNotFit() {
        assertFalse(TaskBudget.of(6, 12, times(5, 1, 1)).fits(asking(1.01, 1)));
    }

    @Test
    void anOrderOverTheMemoryDoesNotFitThoughTheCoresAreFree() {
        assertFalse(TaskBudget.of(6, 12, times(1, 0.25, 11.75)).fits(asking(0.25, 0.5)));
    }

    @Test
    void anOrderThatDoesNotFitIsRefusedAsAConflictSayingWhatIsReservedOfWhat() {
        var budget = TaskBudget.of(6, 12, times(4, 1.5, 0.375));
        var e = assertThrows(DomainException.class, () -> budget.admit(asking(1, 0.25)));
        assertEquals(Problem.CONFLICT, e.problem());
        assertEquals("tasks.full", e.code());
        assertNull(e.field());
        assertEquals("Your running tasks reserve 6 of 6 cores and 1.5 of 12 GiB; this task asks for 1 cores and 0.25 GiB. "
                + "Kill a task or wait for one to end.", e.getMessage());
    }

    @Test
    void theRefusalShowsNoFloatNoise() {
        var budget = TaskBudget.of(6, 12, times(60, 0.1, 0.1));
        assertTrue(budget.reservedCpu() < 6, "sixty tenths in doubles are a little under 6");
        var e = assertThrows(DomainException.class, () -> budget.admit(asking(0.1, 0.1)));
        assertTrue(e.getMessage().startsWith("Your running tasks reserve 6 of 6 cores and 6 of 12 GiB; this task asks for "
                + "0.1 cores and 0.1 GiB."), e.getMessage());
    }

    @Test
    void wholeNumbersArePrintedWithoutAFraction() {
        assertEquals("2", TaskBudget.number(2.0));
        assertEquals("0", TaskBudget.number(0));
        assertEquals("256", TaskBudget.number(256));
    }

    @Test
    void aFloatsNoiseIsNotPrinted() {
        assertEquals("2", TaskBudget.number(1.9999999));
        assertEquals("6", TaskBudget.number(6.000000001));
        assertEquals("0.3", TaskBudget.number(0.1 + 0.2));
        assertEquals("3", TaskBudget.number(3.0000000000000013));
    }

    @Test
    void fractionsArePrintedToTwoPlacesAtMostWithoutTrailingZeros() {
        assertEquals("0.25", TaskBudget.number(0.25));
        assertEquals("0.5", TaskBudget.number(0.5));
        assertEquals("1.1", TaskBudget.number(1.10));
        assertEquals("0.33", TaskBudget.number(1.0 / 3));
        assertEquals("0.67", TaskBudget.number(2.0 / 3));
    }
}
