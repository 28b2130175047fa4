package org.clientele.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.clientele.core.io.OutputFiles;

/**
 * Where every generator writes: UTF-8 CSV with LF line ends (the core writer), gzip-compressed when the file name ends
 * in {@code .gz}, written atomically so a failed or cancelled run leaves no partial file.
 */
final class CsvOutput {

    private CsvOutput() {
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Through the project's one CSV writer ({@link org.clientele.core.io.CsvOutput}), gzip-compressed for {@code .gz}. */
    static void write(Path out, String[] header, org.clientele.core.io.CsvOutput.Rows rows) {
        OutputFiles.writeAtomically(out, stream -> {
            if (isGzip(out)) {
                try (OutputStream gzip = deterministicGzip(stream, Deflater.DEFAULT_COMPRESSION)) {
                    org.clientele.core.io.CsvOutput.write(gzip, List.of(header), rows);
                }
            } else {
                org.clientele.core.io.CsvOutput.write(stream, List.of(header), rows);
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
