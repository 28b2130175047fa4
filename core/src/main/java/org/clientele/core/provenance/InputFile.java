package org.clientele.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file a result was computed from, identified by content so a later reader can tell whether the
 * file it has is the same one.
 *
 * @param name   the file name (no directory: outputs are shared, paths are private)
 * @param size   bytes on disk
 * @param sha256 hex SHA-256 of the bytes on disk (of the compressed bytes for a .gz file)
 */
public record InputFile(String name, long size, String sha256) {

    /**
     * The file, or null when there is none to read (a table built in memory names a file only for messages):
     * provenance is a record of a run, never a reason for it to fail.
     */
    public static InputFile ifReadable(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return of(file);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    public static InputFile of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
            return new InputFile(file.getFileName().toString(), size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
