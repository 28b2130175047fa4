package org.clientele.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A customer table that lives remotely or in Parquet, brought here as a temporary CSV and read by core, so its
 * types, roles and derived columns are the in-process engine's. Only for customer tables (one row per customer).
 */
final class LocalCopy {

    private LocalCopy() {
    }

    static Table table(LogInput in, ReadOptions options, Progress progress) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("clientele-customers", ".csv");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(w)) {
                csv.printRecord(in.schema.columns());
                Iterator<Row> rows = in.rows.toLocalIterator();
                while (rows.hasNext()) {
                    Row r = rows.next();
                    Object[] cells = new Object[r.length()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = r.isNullAt(i) ? "" : r.getString(i);
                    }
                    csv.printRecord(cells);
                }
            }
            return Table.read(tmp, options, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
