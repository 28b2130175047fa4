package org.clientele.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Output that is either complete or absent: each file is written to a temporary sibling and moved
 * into place only when writing succeeded, so a failed run leaves nothing half-written behind.
 */
public final class OutputFiles {

    /** Writes the content of one output file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /**
     * Refuses to go on when {@code target} exists and {@code force} is false, so no earlier result is
     * overwritten by surprise.
     */
    public static void checkWritable(Path target, boolean force) {
        if (Files.isDirectory(target)) {
            throw new OutputExistsException(target, OutputExistsException.Clash.FOLDER_IN_THE_WAY);
        }
        Path fileInTheWay = fileAmongParents(target);
        if (fileInTheWay != null) {
            throw new OutputExistsException(fileInTheWay, OutputExistsException.Clash.FILE_IN_THE_WAY);
        }
        if (!force && Files.exists(target)) {
            throw new OutputExistsException(target, OutputExistsException.Clash.EXISTS);
        }
    }

    /** The nearest existing ancestor of {@code target} when it is a regular file (so no folder can be made), else null. */
    private static Path fileAmongParents(Path target) {
        for (Path p = target.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isRegularFile(p) ? p : null;
            }
        }
        return null;
    }

    /** The reason of the {@link AccessDeniedException} thrown when an output cannot be written. */
    public static final String NOT_WRITABLE = "cannot be written";

    public static void writeAtomically(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        Path fileInTheWay = fileAmongParents(absolute);
        if (fileInTheWay != null) {
            throw new OutputExistsException(fileInTheWay, OutputExistsException.Clash.FILE_IN_THE_WAY);
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputExistsException(target, OutputExistsException.Clash.FOLDER_IN_THE_WAY);
        }
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: it makes the file owner-only (0600); outputs get the user's umask.
            tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            // Name the output the user gave, not the hidden temporary file beside it.
            throw new UncheckedIOException(new AccessDeniedException(absolute.toString(), null, NOT_WRITABLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the .part file is hidden and harmless
                }
            }
        }
    }
}
