package org.clientele.app.cli;

import org.clientele.core.io.OutputFiles;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options many commands share, each defined once and added to a command with {@code @Mixin}, so
 * their names, defaults and help read the same everywhere.
 */
final class CommonOptions {

    private CommonOptions() {
    }

    /** {@code --seed N}: every command that draws random numbers records and honours it (CONTRACT.md). */
    static final class Seed {
        @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
                description = "Random seed; the same input and seed give the same output (default: ${DEFAULT-VALUE}).")
        long seed;
    }

    /** {@code --force}: without it an existing output is never overwritten. */
    static final class Force {
        @Option(names = "--force", description = "Overwrite existing output files.")
        boolean force;

        /** Refuses when {@code target} exists and --force was not given. */
        void checkWritable(Path target) {
            OutputFiles.checkWritable(target, force);
        }

        /** As {@link #checkWritable}, for an output that is a folder (Parquet part files): replaced with --force. */
        void checkWritableFolder(Path target) {
            if (!force && java.nio.file.Files.exists(target)) {
                throw new org.clientele.core.io.OutputExistsException(target,
                        org.clientele.core.io.OutputExistsException.Clash.EXISTS);
            }
        }
    }

    /** {@code --out DIR}: the directory a command writes its files into (created if needed). */
    static final class OutDir {
        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "Output directory (created if needed); the command's description lists its files.")
        Path out;
    }

    /** {@code --out FILE}: the one file a command writes. */
    static final class OutFile {
        @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "The CSV file to write.")
        Path out;
    }
}
