package org.clientele.core.data;

import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
            Schema schema = src.schema();
            int n = schema.columns().size();
            List<ColumnStatistics> stats = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                stats.add(new ColumnStatistics(schema.specs().get(c), 42L + c, ColumnStatistics.capFor(n)));
            }
            long rows = 0;
            String[] row;
            while ((row = src.next()) != null) {
                long line = src.line();
                for (int c = 0; c < n; c++) {
                    stats.get(c).accept(row[c], line);
                }
                if ((++rows & 0xffff) == 0) {
                    progress.checkCancelled();
                    progress.update(src.fractionRead(), "Profiled " + rows + " rows");
                }
            }
            List<ColumnProfile> columns = new ArrayList<>(n);
            List<String> warnings = new ArrayList<>(schema.warnings());
            for (int c = 0; c < n; c++) {
                String name = schema.columns().get(c);
                ColumnProfile cp = stats.get(c).profile(schema.roleOf(name), rows);
                columns.add(cp);
                for (String w : cp.warnings()) {
                    warnings.add("column '" + name + "': " + w);
                }
            }
            progress.update(1, "Profiled " + rows + " rows");
            return new DataProfile(String.valueOf(file.getFileName()), schema.format().describe(), rows, schema.kind(),
                    columns, warnings);
        }
    }
}
