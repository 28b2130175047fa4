package org.clientele.core.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way Clientele writes CSV: UTF-8, comma-separated, RFC 4180 quoting, one line ending
 * ({@code \n}), a header row, and every cell (header included) passed through
 * {@link SpreadsheetCells#neutralise} so that no output can carry a formula into a spreadsheet.
 * Files are written atomically ({@link OutputFiles#writeAtomically}).
 */
public final class CsvOutput {

    /** The line ending of every CSV the project writes. */
    public static final String LINE_END = "\n";

    /** Writes the data rows; the header is already written. */
    @FunctionalInterface
    public interface Rows {
        void write(Printer printer) throws IOException;
    }

    /** Prints records; each cell is written as {@link String#valueOf} of it (null → empty), neutralised. */
    public static final class Printer {
        private final CSVPrinter csv;
        private final List<String> row = new ArrayList<>();

        private Printer(CSVPrinter csv) {
            this.csv = csv;
        }

        public void row(Object... cells) throws IOException {
            row.clear();
            for (Object cell : cells) {
                row.add(cell(cell));
            }
            csv.printRecord(row);
        }

        public void row(Iterable<?> cells) throws IOException {
            row.clear();
            for (Object cell : cells) {
                row.add(cell(cell));
            }
            csv.printRecord(row);
        }

        private static String cell(Object value) {
            return value == null ? null : SpreadsheetCells.neutralise(value.toString());
        }
    }

    private CsvOutput() {
    }

    /** Writes {@code file} atomically: nothing is left behind when writing fails. */
    public static void write(Path file, List<String> header, Rows rows) {
        OutputFiles.writeAtomically(file, out -> write(out, header, rows));
    }

    /** Writes to a stream (e.g. a gzip stream) and flushes without closing it. */
    public static void write(OutputStream out, List<String> header, Rows rows) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(writer, header, rows);
    }

    /** Writes to {@code writer} and flushes without closing it. */
    public static void write(Writer writer, List<String> header, Rows rows) throws IOException {
        CSVPrinter csv = new CSVPrinter(writer, format());
        Printer printer = new Printer(csv);
        printer.row(header);
        rows.write(printer);
        csv.flush();
    }

    /** The whole CSV as text, for previews and tests. */
    public static String toText(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        try {
            write(out, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setRecordSeparator(LINE_END).get();
    }
}
