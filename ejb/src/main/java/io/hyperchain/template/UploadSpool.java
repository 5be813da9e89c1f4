package io.hyperchain.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload written to a temporary file as it arrives, counted and hashed on the way: it is refused
 * the moment it passes the limit (what came so far is deleted), and never held in memory.
 */
public final class UploadSpool {

    /** The upload is over the limit; nothing of it is kept. */
    public static final class TooLarge extends Exception {
        TooLarge(long limit) {
            super("over " + limit + " bytes");
        }
    }

    /** The client's stream broke off or could not be read; nothing of it is kept. */
    public static final class Unreadable extends Exception {
        Unreadable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** What was received: the file (the caller deletes it), its size and SHA-256 (64 hex digits). */
    public record Spooled(Path file, long bytes, String sha256) {

        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is the operating system's to clean
            }
        }
    }

    private static final int BUFFER = 64 * 1024;

    private UploadSpool() {
    }

    /**
     * Writes {@code in} to a new file in {@code dir} while counting and hashing; at most {@code limit}
     * bytes. Reading the client and writing the disk fail differently: the first is the client's doing
     * ({@link Unreadable}), the second ours ({@link UncheckedIOException}).
     */
    /** What is read and dropped after the limit, so that the caller reads the 413 rather than a reset connection. */
    static final long DRAIN_BYTES = 16L * 1024 * 1024;

    static void drain(InputStream in) {
        byte[] buffer = new byte[BUFFER];
        long dropped = 0;
        try {
            int n;
            while (dropped < DRAIN_BYTES && (n = in.read(buffer)) >= 0) {
                dropped += n;
            }
        } catch (IOException ignored) {
            // the caller hung up: the 413 goes nowhere anyway
        }
    }

    public static Spooled write(InputStream in, long limit, Path dir) throws TooLarge, Unreadable {
        Path file;
        try {
            file = Files.createTempFile(dir, "template-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary file for the upload in " + dir, e);
        }
        MessageDigest sha = sha256();
        long total = 0;
        boolean kept = false;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            byte[] buffer = new byte[BUFFER];
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw new Unreadable(e);
                }
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > limit) {
                    drain(in);
                    throw new TooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be written to " + file, e);
        } finally {
            if (!kept) {
                new Spooled(file, total, null).delete();
            }
        }
        return new Spooled(file, total, HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
