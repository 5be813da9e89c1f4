package io.hyperchain.task;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The task scripts run for real, as the portal runs them in a container ({@code sh -c SCRIPT NAME
 * ARGS...}), on a task root in a temporary directory ({@code HC_ROOT}): with this machine's sh
 * (dash) and with BusyBox's ash and its tools, the two shells the containers have.
 */
class NodeScriptTest {

    /** A shell of the containers, as the first words of the exec. */
    enum Shell {
        DASH(List.of("sh")),
        /** BusyBox's ash with its own tools (the static build runs its applets before any on PATH). */
        BUSYBOX_ASH(List.of("/usr/bin/busybox", "sh"));

        final List<String> words;

        Shell(List<String> words) {
            this.words = words;
        }

        void assumeInstalled() {
            Assumptions.assumeTrue(this == DASH || Files.isExecutable(Path.of(words.get(0))), words.get(0) + " is not installed");
        }
    }

    /**
     * Task ids of this test run: no task in a container on this machine has one (the kill script
     * looks at every process it can see, and a container's processes are among them here).
     */
    private static final long FIRST_ID = 7_000_000_000L + ProcessHandle.current().pid() * 100;

    private static final long TIMEOUT_MS = 20_000;

    @TempDir
    Path root;

    private final Set<Long> used = new HashSet<>();

    /** What a script said: its exit code, its standard output as bytes, its standard error. */
    record Answer(int exit, byte[] out, String err) {

        String text() {
            return new String(out, UTF_8);
        }
    }

    /** A container whose shell is {@code shell}, its task files under {@link #root}. */
    final class Container {

        private final Shell shell;
        private int started;

        Container(Shell shell) {
            shell.assumeInstalled();
            this.shell = shell;
        }

        Answer exec(List<String> command) {
            var words = new ArrayList<>(shell.words);
            words.addAll(command.subList(1, command.size()));
            var builder = new ProcessBuilder(words).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("HC_ROOT", root.toString());
            try {
                Process process = builder.start();
                Executor ownThread = job -> new Thread(job).start();
                var out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), ownThread);
                var err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), ownThread);
                if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    fail("no end of " + command.subList(3, command.size()));
                }
                // a process the script left behind holding its output would keep these open: that fails too
                return new Answer(process.exitValue(), out.get(TIMEOUT_MS, TimeUnit.MILLISECONDS),
                        new String(err.get(TIMEOUT_MS, TimeUnit.MILLISECONDS), UTF_8));
            } catch (IOException | InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError(e);
            }
        }

        /** Starts a task of these words; its id. */
        long run(String... argv) {
            long id = FIRST_ID + ++started;
            used.add(id);
            var answer = exec(NodeScript.RUN.command(List.of(Long.toString(id)), List.of(argv)));
            assertEquals(0, answer.exit(), answer.err());
            assertEquals("started\n", answer.text());
            return id;
        }

        OutputChunk read(long id, long from) {
            var answer = exec(NodeScript.READ.command(Long.toString(id), Long.toString(from)));
            assertEquals(0, answer.exit(), answer.err());
            return OutputChunk.parse(answer.out()).orElseThrow(() -> new AssertionError("garbled: " + answer.text()));
        }

        /** The task's output from its first kept byte once it has ended. */
        OutputChunk ended(long id) {
            return until(id, chunk -> chunk.state().ended());
        }

        OutputChunk until(long id, Predicate<OutputChunk> wanted) {
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (true) {
                var chunk = read(id, 0);
                if (wanted.test(chunk)) {
                    return chunk;
                }
                if (System.currentTimeMillis() > deadline) {
                    fail("task " + id + " still reads as " + chunk.state() + " with " + chunk.bytes().length + " bytes");
                }
                pause(20);
            }
        }

        Map<Long, TaskReading> stats() {
            var answer = exec(NodeScript.STATS.command());
            assertEquals(0, answer.exit(), answer.err());
            return TaskReading.parse(answer.text());
        }

        Answer kill(long id) {
            return exec(NodeScript.KILL.command(Long.toString(id)));
        }
    }

    private Container container(Shell shell) {
        return new Container(shell);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The processes carrying HC_TASK=id: the task's, as the scripts find them. */
    private static Set<Long> processesOf(long id) {
        byte[] wanted = ("HC_TASK=" + id).getBytes(UTF_8);
        var found = new HashSet<Long>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                byte[] environ;
                try {
                    environ = Files.readAllBytes(p.resolve("environ"));
                } catch (IOException | SecurityException gone) {
                    return;
                }
                int start = 0;
                for (int i = 0; i <= environ.length; i++) {
                    if (i == environ.length || environ[i] == 0) {
                        if (Arrays.equals(environ, start, i, wanted, 0, wanted.length)) {
                            found.add(Long.parseLong(p.getFileName().toString()));
                        }
                        start = i + 1;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The CPU time a process has used, in 1/100 s: utime and stime, the 14th and 15th fields of its stat. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void killWhatIsLeft() throws IOException {
        for (long id : used) {
            for (long pid : processesOf(id)) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        // each task's keeper and reader write their last files as it ends: let them, before the directory goes
        long deadline = System.currentTimeMillis() + 5_000;
        for (long id : used) {
            Path task = root.resolve("tasks/" + id);
            while (Files.isDirectory(task) && !(Files.exists(task.resolve("end")) && keeperGone(task))
                    && System.currentTimeMillis() < deadline) {
                pause(20);
            }
        }
    }

    private static boolean keeperGone(Path task) throws IOException {
        Path pid = task.resolve("pid");
        return !Files.exists(pid) || ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).map(p -> !p.isAlive()).orElse(true);
    }

    /** What {@code seq 1 n} prints. */
    private static byte[] seq(int n) {
        var out = new ByteArrayOutputStream();
        for (int i = 1; i <= n; i++) {
            out.writeBytes((i + "\n").getBytes(UTF_8));
        }
        return out.toByteArray();
    }

    private static void assertBytesAt(byte[] whole, OutputChunk chunk) {
        assertTrue(chunk.from() >= 0 && chunk.next() <= whole.length,
                () -> "bytes " + chunk.from() + " to " + chunk.next() + " of " + whole.length);
        assertArrayEquals(Arrays.copyOfRange(whole, (int) chunk.from(), (int) chunk.next()), chunk.bytes(),
                () -> "the bytes said to start at " + chunk.from() + " are not the output's from there");
    }

    private long outputFiles(long id) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("tasks").resolve(Long.toString(id)))) {
            return files.filter(f -> f.getFileName().toString().startsWith("o.")).count();
        }
    }

    @ParameterizedTest
    @EnumSource
    void aTaskRunsAndItsOutputAndExitCodeAreRead(Shell shell) {
        var node = container(shell);
        long id = node.run("sh", "-c", "echo hello; echo err >&2; exit 4");
        var chunk = node.ended(id);
        assertEquals(TaskState.EXITED, chunk.state());
        assertEquals(4, chunk.exitCode());
        assertEquals(0, chunk.from());
        assertEquals("hello\nerr\n", new String(chunk.bytes(), UTF_8));
    }

    @ParameterizedTest
    @EnumSource
    void aReadFromAByteOnAnswersTheRest(Shell shell) {
        var node = container(shell);
        long id = node.run("sh", "-c", "echo hello; echo err >&2; exit 4");
        node.ended(id);
        var rest = node.read(id, 3);
        assertEquals(3, rest.from());
        assertEquals("lo\nerr\n", new String(rest.bytes(), UTF_8));
        assertEquals(10, rest.next());
        var none = node.read(id, 10);
        assertEquals(10, none.from());
        assertEquals(0, none.bytes().length);
        assertEquals(TaskState.EXITED, none.state());
        assertEquals(4, none.exitCode());
    }

    @ParameterizedTest
    @EnumSource
    void whileATaskRunsItsOutputSoFarIsRead(Shell shell) {
        var node = container(shell);
        long id = node.run("sh", "-c", "echo first; exec sleep 30");
        var chunk = node.until(id, c -> c.bytes().length > 0);
        assertEquals(TaskState.RUNNING, chunk.state());
        assertNull(chunk.exitCode());
        assertEquals("first\n", new String(chunk.bytes(), UTF_8));
    }

    @ParameterizedTest
    @EnumSource
    void aTaskThisContainerDoesNotHoldIsNotReadNorKilled(Shell shell) {
        var node = container(shell);
        var read = node.exec(NodeScript.READ.command(Long.toString(FIRST_ID + 99), "0"));
        assertEquals(3, read.exit());
        assertEquals("", read.text());
        assertEquals(3, node.kill(FIRST_ID + 99).exit());
    }

    @ParameterizedTest
    @EnumSource
    void theTaskKnowsItsIdAndRunsInDataOrElseTheRoot(Shell shell) {
        Assumptions.assumeFalse(Files.exists(Path.of("/data")), "this machine has a /data");
        var node = container(shell);
        long id = node.run("sh", "-c", "echo $HC_TASK; pwd");
        assertEquals(id + "\n/\n", new String(node.ended(id).bytes(), UTF_8));
    }

    @ParameterizedTest
    @EnumSource
    void theWordsReachTheCommandExactlyAsTheyWere(Shell shell) {
        var node = container(shell);
        var words = List.of("a b", "  lead", "'single'", "\"double\"", "$HOME", "${PATH}", ";", "*", "", "back\\slash",
                "tab\tx", "new\nline", "$(echo x)", "`echo y`", "-n", "%d", "a|b > c", "가나다 🙂");
        var argv = new ArrayList<>(List.of("printf", "%s|"));
        argv.addAll(words);
        long id = node.run(argv.toArray(String[]::new));
        var chunk = node.ended(id);
        assertEquals(0, chunk.exitCode());
        assertEquals(String.join("|", words) + "|", new String(chunk.bytes(), UTF_8));
    }

    @ParameterizedTest
    @EnumSource
    void theFirstWordIsAProgramNeverAShellBuiltinNorAFunctionOfTheScripts(Shell shell) {
        var node = container(shell);
        long exit = node.run("exit", "5");
        long function = node.run("state_of", "/");
        var exitChunk = node.ended(exit);
        assertEquals(TaskState.EXITED, exitChunk.state());
        assertEquals(127, exitChunk.exitCode(), () -> new String(exitChunk.bytes(), UTF_8));
        assertEquals(127, node.ended(function).exitCode());
    }

    @ParameterizedTest
    @EnumSource
    void anUnknownProgramExits127SayingSo(Shell shell) {
        var node = container(shell);
        long id = node.run("no-such-program-anywhere", "x");
        var chunk = node.ended(id);
        assertEquals(127, chunk.exitCode());
        // env (which execs the words) names the program it could not find: "…: No such file or directory"
        String said = new String(chunk.bytes(), UTF_8);
        assertTrue(said.contains("no-such-program-anywhere") && said.contains("No such file"), said);
    }

    @ParameterizedTest
    @EnumSource
    void anOutputOfLessThan512KibIsKeptWhole(Shell shell) {
        var node = container(shell);
        byte[] whole = seq(50_000); // 288,895 bytes: more than one file
        long id = node.run("seq", "1", "50000");
        var chunk = node.ended(id);
        assertEquals(0, chunk.from());
        assertArrayEquals(whole, chunk.bytes());
    }

    @ParameterizedTest
    @EnumSource
    void aLongOutputKeepsItsNewestBytesInTwoFilesOfAtMost256Kib(Shell shell) throws IOException {
        var node = container(shell);
        byte[] whole = seq(100_000); // 588,895 bytes
        long id = node.run("seq", "1", "100000");
        var chunk = node.ended(id);
        assertTrue(chunk.from() > 0, "the oldest bytes are dropped");
        assertEquals(whole.length, chunk.next(), "the newest bytes are kept");
        assertBytesAt(whole, chunk);
        assertTrue(chunk.bytes().length <= 512 * 1024, () -> chunk.bytes().length + " bytes kept");
        assertTrue(chunk.bytes().length > 256 * 1024, () -> "only " + chunk.bytes().length + " bytes kept: the last file alone");
        assertTrue(outputFiles(id) <= 2, "at most two files");
    }

    @ParameterizedTest
    @EnumSource
    void aTaskReadsAsEndedOnlyOnceItsWholeOutputIsKept(Shell shell) throws IOException {
        var node = container(shell);
        Path go = root.resolve("go");
        long id = node.run("sh", "-c", "while [ ! -e '" + go + "' ]; do sleep 0.02; done; seq 1 1000");
        Path task = root.resolve("tasks/" + id);
        // the task's output reader held still: the command ends with its output in the pipe, not yet kept
        List<ProcessHandle> reader = reader(id, Long.parseLong(Files.readString(task.resolve("pid")).strip()));
        signal("STOP", reader);
        try {
            Files.createFile(go);
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (!Files.exists(task.resolve("code"))) {
                assertTrue(System.currentTimeMillis() < deadline, "the command did not end");
                pause(20);
            }
            var early = node.read(id, 0);
            assertEquals(TaskState.RUNNING, early.state(), "read as ended with " + early.bytes().length + " bytes kept");
        } finally {
            signal("CONT", reader);
        }
        var chunk = node.ended(id);
        assertEquals(TaskState.EXITED, chunk.state());
        assertArrayEquals(seq(1000), chunk.bytes());
    }

    /** The keeper's child that reads the task's output into files, and its children: the one not running the command. */
    private static List<ProcessHandle> reader(long id, long keeper) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (true) {
            Set<Long> command = processesOf(id);
            var sides = ProcessHandle.of(keeper).orElseThrow().children().toList();
            var readers = sides.stream()
                    .filter(side -> side.descendants().noneMatch(p -> command.contains(p.pid())) && !command.contains(side.pid()))
                    .toList();
            if (!command.isEmpty() && sides.size() == 2 && readers.size() == 1) {
                var all = new ArrayList<>(List.of(readers.get(0)));
                readers.get(0).descendants().forEach(all::add);
                return all;
            }
            assertTrue(System.currentTimeMillis() < deadline, "no command and reader under keeper " + keeper);
            pause(20);
        }
    }

    private static void signal(String signal, List<ProcessHandle> processes) {
        var command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        try {
            assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource
    void everyReadSaysWhereItsBytesStartWhileOldFilesAreDropped(Shell shell) {
        var node = container(shell);
        // 40 bursts of 106 KiB: reads meet the writer at every step, the oldest file dropped as a third begins
        var whole = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            whole.writeBytes(seq(20_000));
        }
        long id = node.run("sh", "-c", "for i in $(seq 1 40); do seq 1 20000; sleep 0.01; done");
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        OutputChunk chunk;
        do {
            chunk = node.read(id, 0);
            assertBytesAt(whole.toByteArray(), chunk);
            assertTrue(System.currentTimeMillis() < deadline, "no end");
        } while (!chunk.state().ended());
        assertEquals(whole.size(), chunk.next());
        assertEquals(0, chunk.exitCode());
    }

    @ParameterizedTest
    @EnumSource
    void statsListARunningTaskWithItsCpuAndMemoryAndEndedOnesWithTheirTails(Shell shell) {
        var node = container(shell);
        long busy = node.run("sh", "-c", "while :; do :; done");
        long done = node.run("sh", "-c", "echo one; echo two; exit 2");
        long chatty = node.run("seq", "1", "100000");
        node.ended(done);
        node.ended(chatty);
        long loop = processesOf(busy).iterator().next();
        // what the loop used while the script looked, as its own /proc entry says: the machine may be busy
        long ticksBefore = cpuTicks(loop);
        long before = System.nanoTime();
        var stats = node.stats();
        double used = (cpuTicks(loop) - ticksBefore) / 100.0 / ((System.nanoTime() - before) / 1e9);
        assertEquals(Set.of(busy, done, chatty), stats.keySet());

        var running = stats.get(busy);
        assertEquals(TaskState.RUNNING, running.state());
        assertNull(running.exitCode());
        assertTrue(running.cpuCores() > used / 2 && running.cpuCores() < used * 2 + 0.1,
                () -> "a busy loop using " + used + " cores read as " + running.cpuCores());
        assertTrue(running.memoryKiB() > 0, "a running shell has resident memory");

        var exited = stats.get(done);
        assertEquals(TaskState.EXITED, exited.state());
        assertEquals(2, exited.exitCode());
        assertEquals("one\ntwo\n", exited.tail());
        assertEquals(0.0, exited.cpuCores());
        assertEquals(0, exited.memoryKiB());

        byte[] whole = seq(100_000);
        assertEquals(new String(whole, whole.length - 400, 400, UTF_8), stats.get(chatty).tail(), "the last 400 bytes");
    }

    @ParameterizedTest
    @EnumSource
    void killEndsEveryProcessOfTheTaskWithTerm(Shell shell) {
        var node = container(shell);
        long id = node.run("sh", "-c", "sleep 60 & while :; do :; done");
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (processesOf(id).size() < 2) {
            assertTrue(System.currentTimeMillis() < deadline, "the task did not start its child");
            pause(20);
        }
        assertEquals(0, node.kill(id).exit());
        assertEquals(Set.of(), processesOf(id), "processes of the task left");
        var chunk = node.read(id, 0);
        assertEquals(TaskState.KILLED, chunk.state());
        assertEquals(143, chunk.exitCode());
        assertEquals("", new String(chunk.bytes(), UTF_8), "the task printed nothing");
    }

    @ParameterizedTest
    @EnumSource(names = "DASH") // its 3 s are the same in any shell
    void killEndsWithSigkillWhatTermLeftAfterThreeSeconds(Shell shell) {
        var node = container(shell);
        long id = node.run("sh", "-c", "(trap '' TERM; while :; do sleep 1; done) & exec sleep 60");
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (processesOf(id).size() < 2) {
            assertTrue(System.currentTimeMillis() < deadline, "the task did not start its child");
            pause(20);
        }
        long before = System.nanoTime();
        assertEquals(0, node.kill(id).exit());
        long tookMs = (System.nanoTime() - before) / 1_000_000;
        assertEquals(Set.of(), processesOf(id), "processes of the task left");
        assertTrue(tookMs >= 3_000, () -> "killed after " + tookMs + " ms: before the 3 s that TERM has");
        var chunk = node.read(id, 0);
        assertEquals(TaskState.KILLED, chunk.state());
        assertEquals(143, chunk.exitCode(), "the command's own end, by TERM");
    }

    @ParameterizedTest
    @EnumSource
    void killingATaskThatHasEndedLeavesItAsItEnded(Shell shell) {
        var node = container(shell);
        long id = node.run("sh", "-c", "exit 3");
        node.ended(id);
        assertEquals(0, node.kill(id).exit());
        var chunk = node.read(id, 0);
        assertEquals(TaskState.EXITED, chunk.state());
        assertEquals(3, chunk.exitCode());
    }

    @ParameterizedTest
    @EnumSource
    void aTaskWhoseKeeperIsGoneBeforeItsEndReadsAsLost(Shell shell) throws IOException {
        var node = container(shell);
        long id = node.run("sleep", "60");
        long keeper = Long.parseLong(Files.readString(root.resolve("tasks/" + id + "/pid")).strip());
        ProcessHandle.of(keeper).orElseThrow().destroyForcibly();
        var chunk = node.until(id, c -> c.state() != TaskState.RUNNING);
        assertEquals(TaskState.LOST, chunk.state());
        assertNull(chunk.exitCode());
        assertEquals(TaskState.LOST, node.stats().get(id).state());
    }
}
