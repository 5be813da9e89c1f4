package io.hyperchain.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A tiny root filesystem for a template's image, made as bin/lib/nodes.sh makes the base image's: this
 * machine's static busybox with a few applets linked, /etc/passwd, /tmp, as a tar (and gzipped).
 */
final class RootFsTar {

    private static final List<String> APPLETS = List.of("sh", "sleep", "ls", "cat", "echo", "tr", "grep", "kill", "hostname");

    private RootFsTar() {
    }

    /** The tar's bytes: a few MB (the static busybox). */
    static byte[] busybox() throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("it-rootfs");
        Path tar = Files.createTempFile("it-rootfs", ".tar");
        try {
            Files.createDirectories(root.resolve("bin"));
            Files.createDirectories(root.resolve("etc"));
            Files.createDirectories(root.resolve("tmp"));
            Files.copy(Path.of("/bin/busybox"), root.resolve("bin/busybox"));
            for (String applet : APPLETS) {
                Files.createSymbolicLink(root.resolve("bin").resolve(applet), Path.of("busybox"));
            }
            Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/tmp:/bin/sh\n");
            var process = new ProcessBuilder("tar", "--numeric-owner", "--owner=0", "--group=0", "-C", root.toString(), "-cf",
                    tar.toString(), ".").inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("tar of the test root filesystem failed");
            }
            return Files.readAllBytes(tar);
        } finally {
            Files.deleteIfExists(tar);
            Directories.deleteTree(root);
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** The same as a file, for the browser's file chooser; the caller deletes it. */
    static Path busyboxFile() throws IOException, InterruptedException {
        Path file = Files.createTempFile("it-template-", ".tar");
        Files.write(file, busybox());
        return file;
    }
}
