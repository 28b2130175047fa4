package org.clientele.core.data;

import org.clientele.core.task.Progress;

import java.nio.file.Path;

/**
 * Profiles a file of any size in one streaming pass: types and roles come from the first rows
 * ({@link DataSource#SAMPLE_ROWS}), statistics from every row, memory bounded per column.
 */
public final class Profiler {

    private Profiler() {
    }

    public static DataProfile profile(Path file, ReadOptions opts, Progress p) {
        Progress progress = p == null ? Progress.NONE : p;
        // The fast tokenizer also bounds a stray quote's field, so a broken huge file fails instead of filling memory.
        try (DataSource src = DataSource.open(file, opts == null ? ReadOptions.DEFAULT : opts, DataSource.SAMPLE_ROWS, true)) {
            ProfileBuilder profile = new ProfileBuilder(src.schema());
            String[] row;
            while ((row = src.next()) != null) {
                profile.accept(row, src.line());
                if ((profile.rows() & 0xffff) == 0) {
                    progress.checkCancelled();
                    progress.update(src.fractionRead(), String.format("Profiled %,d rows", profile.rows()));
                }
            }
            DataProfile result = profile.finish(file, src::headerWarning);
            progress.update(1, "Profiled " + result.rows() + " rows");
            return result;
        }
    }
}
