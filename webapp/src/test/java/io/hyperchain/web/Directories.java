package io.hyperchain.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Test scratch directories. */
final class Directories {

    private Directories() {
    }

    /** Deletes a directory and everything under it, as far as it can: leftovers of a test are harmless. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a file that vanished meanwhile or cannot be listed stays: nothing depends on it
        }
    }
}
