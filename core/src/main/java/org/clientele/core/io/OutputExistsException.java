package org.clientele.core.io;

import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * "Output exists": the run would overwrite {@link #target()} (the CLI exits 2 and asks for --force, the
 * workbench asks to confirm), or something is in the way that overwriting cannot fix (a folder where a
 * file must go, a file where a folder must go). An {@link UncheckedIOException} caused by a
 * {@link FileAlreadyExistsException}, as callers have always caught it.
 */
public final class OutputExistsException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    /** What is in the way. */
    public enum Clash {
        /** an earlier output: overwriting it is allowed */
        EXISTS,
        /** a folder where a file would be written */
        FOLDER_IN_THE_WAY,
        /** a file where a folder is needed */
        FILE_IN_THE_WAY
    }

    private final transient Path target;
    private final Clash clash;

    public OutputExistsException(Path target, Clash clash) {
        super(describe(target, clash), new FileAlreadyExistsException(target.toString(), null, reason(clash)));
        this.target = target;
        this.clash = clash;
    }

    public Path target() {
        return target;
    }

    public Clash clash() {
        return clash;
    }

    /** True when overwriting (with --force, or after the user confirms) would make the run succeed. */
    public boolean overwritable() {
        return clash == Clash.EXISTS;
    }

    private static String describe(Path target, Clash clash) {
        return target + " " + reason(clash);
    }

    private static String reason(Clash clash) {
        return switch (clash) {
            case EXISTS -> "already exists";
            case FOLDER_IN_THE_WAY -> "is a folder, so a file cannot be written there";
            case FILE_IN_THE_WAY -> "is a file, so it cannot hold the output folder";
        };
    }
}
