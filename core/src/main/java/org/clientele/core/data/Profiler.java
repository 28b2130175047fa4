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

    /** The header warning that concerns this column (a renamed duplicate or unnamed column) is repeated on it. */
    private static ColumnProfile withHeaderWarning(ColumnProfile cp, String headerWarning) {
        if (headerWarning == null) {
            return cp;
        }
        List<String> mine = new ArrayList<>();
        mine.add(headerWarning);
        mine.addAll(cp.warnings());
        return new ColumnProfile(cp.name(), cp.type(), cp.role(), cp.missing(), cp.distinct(), cp.distinctCapped(), cp.mean(),
                cp.std(), cp.min(), cp.max(), cp.quantiles(), cp.topValues(), List.copyOf(mine));
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
                    progress.update(src.fractionRead(), String.format("Profiled %,d rows", rows));
                }
            }
            List<ColumnProfile> columns = new ArrayList<>(n);
            List<String> warnings = new ArrayList<>(schema.warnings());
            for (int c = 0; c < n; c++) {
                String name = schema.columns().get(c);
                ColumnProfile own = stats.get(c).profile(schema.roleOf(name), rows);
                for (String w : own.warnings()) { // the header warning is already among the file's warnings
                    warnings.add("column '" + name + "': " + w);
                }
                columns.add(withHeaderWarning(own, src.headerWarning(c)));
            }
            progress.update(1, "Profiled " + rows + " rows");
            return new DataProfile(String.valueOf(file.getFileName()), schema.format().describe(), rows, schema.kind(),
                    columns, warnings);
        }
    }
}
