package org.clientele.core.io;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An output in a folder the user cannot write to is named as given, not as the hidden temporary file. */
class UnwritableOutputTest {

    @Test
    void theErrorNamesTheOutputNotItsTemporaryFile(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // A superuser writes anyway, so there is nothing to refuse.
            Assumptions.assumeFalse(Files.isWritable(readOnly), "running with permission to write everywhere");
            Path target = readOnly.resolve("customers.csv");
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> OutputFiles.writeAtomically(target, out -> out.write('x')));
            AccessDeniedException denied = assertInstanceOf(AccessDeniedException.class, e.getCause());
            assertEquals(target.toAbsolutePath().toString(), denied.getFile());
            assertEquals(OutputFiles.NOT_WRITABLE, denied.getReason());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
