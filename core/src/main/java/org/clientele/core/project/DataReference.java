package org.clientele.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where an analysis' data file was and what it held, so that re-opening can tell a moved file (ask for it)
 * from a changed one (say so and offer to re-run) from the same one.
 */
public record DataReference(String path, long size, String sha256) {

    /** What re-opening finds at the recorded or given path. */
    public enum Status {
        SAME, CHANGED, MISSING
    }

    public static DataReference of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return new DataReference(absolute.toString(), Files.size(absolute), sha256(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares the file now at {@code file} (the recorded path when null) with the record. */
    public Status check(Path file) {
        Path candidate = file == null ? Path.of(path) : file;
        if (!Files.isRegularFile(candidate)) {
            return Status.MISSING;
        }
        try {
            return Files.size(candidate) == size && sha256(candidate).equals(sha256) ? Status.SAME : Status.CHANGED;
        } catch (IOException e) {
            return Status.MISSING;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
