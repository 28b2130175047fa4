package org.clientele.core.project;

import org.clientele.core.provenance.InputFile;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        InputFile content = InputFile.of(absolute);
        return new DataReference(absolute.toString(), content.size(), content.sha256());
    }

    /** Compares the file now at {@code file} (the recorded path when null) with the record. */
    public Status check(Path file) {
        Path candidate = file == null ? Path.of(path) : file;
        if (!Files.isRegularFile(candidate)) {
            return Status.MISSING;
        }
        try {
            InputFile now = InputFile.of(candidate);
            return now.size() == size && now.sha256().equals(sha256) ? Status.SAME : Status.CHANGED;
        } catch (UncheckedIOException e) {
            return Status.MISSING;
        }
    }
}
