package io.hyperchain.task;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.util.Collection;
import java.util.Locale;

/**
 * What the environment's running tasks reserve against what it has (P1.7 limits): all of them
 * together stay within its containers' cores and memory.
 */
public record TaskBudget(int cores, int memoryGiB, double reservedCpu, double reservedMemoryGiB) {

    /** What one running task reserves. */
    public record Reservation(double cpu, double memoryGiB) {
    }

    /** The one place reservations are summed, for the budget and the gauge. */
    public static TaskBudget of(int cores, int memoryGiB, Collection<Reservation> running) {
        double cpu = 0;
        double memory = 0;
        for (Reservation r : running) {
            cpu += r.cpu();
            memory += r.memoryGiB();
        }
        return new TaskBudget(cores, memoryGiB, cpu, memory);
    }

    /** Whether the order fits beside what runs; a sum like 5.9999999 counts as 6. */
    public boolean fits(TaskOrder order) {
        return reservedCpu + order.cpu() <= cores + 1e-9 && reservedMemoryGiB + order.memoryGiB() <= memoryGiB + 1e-9;
    }

    /** Fails with 409 {@code tasks.full}, saying what is in use, when the order does not fit. */
    public void admit(TaskOrder order) {
        if (!fits(order)) {
            throw new DomainException(Problem.CONFLICT, "tasks.full", null, String.format(Locale.ROOT,
                    "Your running tasks reserve %s of %d cores and %s of %d GiB; this task asks for %s cores and %s GiB. "
                            + "Kill a task or wait for one to end.",
                    number(reservedCpu), cores, number(reservedMemoryGiB), memoryGiB, number(order.cpu()),
                    number(order.memoryGiB())));
        }
    }

    /** 2 for 2.0 or 1.9999999, 0.25 for 0.25: never a float's noise. */
    static String number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
    }
}
