package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HcCommandTest {

    @Test
    void runTakesItsOptionsThenTheCommandAsItIs() {
        var order = HcCommand.order(List.of("--cpu", "0.5", "--memory", "2", "--service", "--node", "node-2", "--", "--cpu",
                "x y"));
        assertEquals(List.of("--cpu", "x y"), order.argv(), "after --, everything is the command");
        assertEquals(0.5, order.cpu());
        assertEquals(2, order.memoryGiB());
        assertEquals(TaskKind.SERVICE, order.kind());
        assertEquals(Optional.of("node-2"), order.node());

        var plain = HcCommand.order(List.of("md5sum", "--cpu"));
        assertEquals(List.of("md5sum", "--cpu"), plain.argv(), "options end at the first word of the command");
        assertEquals(TaskOrder.DEFAULT_CPU, plain.cpu());
        assertEquals(TaskKind.BATCH, plain.kind());
    }

    @Test
    void badOptionsAreSaidNotGuessed() {
        assertEquals("no option --fast", assertThrows(IllegalArgumentException.class,
                () -> HcCommand.order(List.of("--fast", "x"))).getMessage());
        assertEquals("--cpu takes a number, not lots", assertThrows(IllegalArgumentException.class,
                () -> HcCommand.order(List.of("--cpu", "lots", "x"))).getMessage());
        assertEquals("--node needs a value", assertThrows(IllegalArgumentException.class,
                () -> HcCommand.order(List.of("--node"))).getMessage());
        assertEquals("task.commandMissing", assertThrows(DomainException.class,
                () -> HcCommand.order(List.of("--batch"))).code());
    }

    @Test
    void psListsEachTaskWithItsNodeStateAndCommand() {
        var running = new TaskView(7, List.of("md5sum", "/dev/zero"), 2, "node-2", TaskKind.BATCH, TaskState.RUNNING, null,
                Instant.EPOCH, null, 1, 0.25, 0.97, 2048L, "", null);
        var ended = new TaskView(12, List.of("sh", "-c", "exit 3"), 3, "node-3", TaskKind.SERVICE, TaskState.EXITED, 3,
                Instant.EPOCH, Instant.EPOCH, 0.5, 1, null, null, "", null);
        String ps = HcCommand.table(List.of(running, ended), false);
        assertTrue(ps.contains(String.format("%-6d %s", 7, "node-2")), ps);
        assertTrue(ps.contains("exited 3"), ps);
        assertTrue(ps.contains("sh -c 'exit 3'"), ps);
        String top = HcCommand.table(List.of(running), true);
        assertTrue(top.contains("0.97") && top.contains(" 2 "), top);
    }

    @Test
    void theMachineLineSaysWhatIsMeasuredAndReserved() {
        assertEquals("one machine: 3 nodes, 6 cores, 12 GiB, 40% busy; tasks reserve 2.5 cores, 0.75 GiB",
                HcCommand.machine(new MachineLoad(3, 6, 12, 0.4, 2.5, 0.75)));
        assertTrue(HcCommand.machine(new MachineLoad(1, 2, 4, null, 0, 0)).contains("not measured yet"));
    }
}
