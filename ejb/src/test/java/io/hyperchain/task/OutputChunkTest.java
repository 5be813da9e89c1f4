package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What task-read.sh prints: "STATE CODE FROM\n", then the output's bytes from FROM on. */
class OutputChunkTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static OutputChunk parse(byte[] raw) {
        return OutputChunk.parse(raw).orElseThrow(() -> new AssertionError("not read: " + new String(raw, StandardCharsets.UTF_8)));
    }

    @Test
    void anEndedTasksChunkIsReadWithItsCodeAndBytes() {
        var chunk = parse(bytes("exited 4 0\nhello\nerr\n"));
        assertEquals(TaskState.EXITED, chunk.state());
        assertEquals(4, chunk.exitCode());
        assertEquals(0, chunk.from());
        assertArrayEquals(bytes("hello\nerr\n"), chunk.bytes());
        assertEquals(10, chunk.next());
    }

    @Test
    void aRunningTasksChunkHasNoCodeAndStartsWhereItSays() {
        var chunk = parse(bytes("running - 524288\nyyyy"));
        assertEquals(TaskState.RUNNING, chunk.state());
        assertNull(chunk.exitCode());
        assertEquals(524_288, chunk.from());
        assertEquals(524_292, chunk.next());
    }

    @Test
    void theBytesAreKeptAsTheyAreEvenWhenTheyAreNoText() {
        var raw = new ByteArrayOutputStream();
        raw.writeBytes(bytes("killed 143 7\n"));
        byte[] binary = {0, (byte) 0xff, '\n', (byte) 0xc3, '\r', '\n', 'x'};
        raw.writeBytes(binary);
        var chunk = parse(raw.toByteArray());
        assertEquals(TaskState.KILLED, chunk.state());
        assertEquals(143, chunk.exitCode());
        assertArrayEquals(binary, chunk.bytes());
        assertEquals(14, chunk.next());
    }

    @Test
    void aHeaderAloneIsAChunkOfNothing() {
        var chunk = parse(bytes("lost - 100\n"));
        assertEquals(TaskState.LOST, chunk.state());
        assertEquals(0, chunk.bytes().length);
        assertEquals(100, chunk.next());
    }

    @Test
    void aHeaderEndingWithinItsFirstHundredBytesIsRead() {
        assertEquals(0, parse(bytes("running - " + "0".repeat(89) + "\nx")).from());
    }

    @Test
    void aHeaderEndingPastItsFirstHundredBytesIsGarbled() {
        assertEquals(Optional.empty(), OutputChunk.parse(bytes("running - " + "0".repeat(95) + "\nx")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "exited 0 0",
            "\nhello",
            "exited 0\nhello",
            "exited 0 0 0\nhello",
            "exited  0 0\nhello",
            "finished 0 0\nhello",
            "EXITED 0 0\nhello",
            "exited zero 0\nhello",
            "exited 0 start\nhello",
            "exited 0 -\nhello",
            "exited 0 1.5\nhello"})
    void aGarbledHeaderReadsAsNothing(String raw) {
        assertEquals(Optional.empty(), OutputChunk.parse(bytes(raw)));
    }
}
