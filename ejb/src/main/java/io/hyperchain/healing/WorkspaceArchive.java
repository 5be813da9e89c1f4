package io.hyperchain.healing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A workspace as the Docker archive API streams it (a tar of /data), copied and checksummed on
 * the way: a move proves the files arrived by reading them back and comparing (P1.8).
 */
public final class WorkspaceArchive {

    private WorkspaceArchive() {
    }

    /**
     * Copies {@code tar} to {@code out}, keeping directories and the regular files and links changed
     * at or after {@code since} (all of them when {@code since} is null), and returns the SHA-256 of
     * every regular file copied, by path.
     */
    public static Map<String, String> copy(InputStream tar, Instant since, OutputStream out) {
        Map<String, String> sums = new TreeMap<>();
        try (var in = new TarArchiveInputStream(tar);
             var copy = new TarArchiveOutputStream(out)) {
            copy.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            copy.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = in.getNextEntry()) != null) {
                if (!keep(entry, since)) {
                    continue;
                }
                copy.putArchiveEntry(entry);
                if (entry.isFile()) {
                    var digest = sha256();
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, n);
                        copy.write(buffer, 0, n);
                    }
                    sums.put(entry.getName(), HexFormat.of().formatHex(digest.digest()));
                }
                copy.closeArchiveEntry();
            }
            copy.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the workspace archive could not be read", e);
        }
        return sums;
    }

    /** The SHA-256 of every regular file in {@code tar}, by path. */
    public static Map<String, String> checksums(InputStream tar) {
        return copy(tar, null, OutputStream.nullOutputStream());
    }

    // Rule: directories always come along (a file needs its folder); files only when changed since the cut.
    static boolean keep(TarArchiveEntry entry, Instant since) {
        if (since == null || entry.isDirectory()) {
            return true;
        }
        return !entry.getLastModifiedDate().toInstant().isBefore(since.minusSeconds(1)); // tar keeps whole seconds
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
