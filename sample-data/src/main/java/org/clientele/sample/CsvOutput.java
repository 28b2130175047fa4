package org.clientele.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clientele.core.io.OutputFiles;

/**
 * Where every generator writes: UTF-8 CSV with LF line ends, gzip-compressed when the file name ends
 * in {@code .gz}, written atomically so a failed or cancelled run leaves no partial file.
 */
final class CsvOutput {

    /** Writes the data rows (the header is already printed). */
    @FunctionalInterface
    interface Rows {
        void write(CSVPrinter printer) throws IOException;
    }

    private CsvOutput() {
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    static CSVFormat format(String... header) {
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get();
    }

    static void write(Path out, String[] header, Rows rows) {
        OutputFiles.writeAtomically(out, stream -> {
            OutputStream target = isGzip(out) ? deterministicGzip(stream, Deflater.DEFAULT_COMPRESSION) : stream;
            Writer writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
            try (CSVPrinter printer = new CSVPrinter(writer, format(header))) {
                rows.write(printer);
            }
        });
    }

    /**
     * A gzip stream whose bytes depend only on the content and level: Java writes no file name and a
     * zero modification time in the header, so the same input always gives the same file.
     */
    static GZIPOutputStream deterministicGzip(OutputStream out, int level) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(level);
            }
        };
    }
}
