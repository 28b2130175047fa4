package org.clientele.core.data;

import org.clientele.core.UserInputException.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.io.SpreadsheetCells;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The rows of a delimited text file, read with Commons CSV after sniffing its format: a header row
 * (duplicate names made unique, with a warning), then data rows with exactly as many fields as the
 * header. Blank lines are skipped; every problem becomes a {@link DataFileException} with the line.
 */
public final class CsvRows implements AutoCloseable {

    private final Path file;
    private final TextFormat format;
    private final CSVParser parser;
    private final java.util.Iterator<CSVRecord> records;
    private final FastCsvParser fast;
    private final Reader reader;
    private final List<String> header;
    private final List<String> warnings = new ArrayList<>();
    private final java.util.Map<Integer, String> columnWarnings = new java.util.HashMap<>();
    private long lineAfterPrevious;
    private long recordLine;
    private long dataRows;
    private final long fileSize;
    private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();
    private long lastHash;

    private CsvRows(Path file, TextFormat format, boolean useFastParser) throws IOException {
        this.file = file;
        this.format = format;
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        this.fileSize = size;
        Reader reader = openReader(file, format, bytesRead);
        CSVFormat csv = CSVFormat.DEFAULT.builder()
                .setDelimiter(format.delimiter())
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        this.reader = reader;
        this.parser = useFastParser ? null : csv.parse(reader);
        this.records = useFastParser ? null : parser.iterator();
        this.fast = useFastParser ? new FastCsvParser(reader, format.delimiter()) : null;
        String[] first = nextRaw();
        while (first != null && isAllEmpty(first)) { // blank or whitespace-only lines before the header
            first = nextRaw();
        }
        if (first == null) {
            close();
            throw new DataFileException(Reason.NO_DATA, file, 0, null, "the file is empty (or holds only blank lines)",
                    "Choose a CSV file with a header row and data");
        }
        this.header = uniqueNames(first);
    }

    private static Reader openReader(Path file, TextFormat format, java.util.concurrent.atomic.AtomicLong counter)
            throws IOException {
        InputStream raw = FileSniffer.openRaw(file, format.gzip(), counter);
        if (format.bom()) {
            raw.skipNBytes(3);
        }
        return new InputStreamReader(raw, format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public static CsvRows open(Path file) {
        return open(file, FileSniffer.sniff(file));
    }

    public static CsvRows open(Path file, TextFormat format) {
        return open(file, format, false);
    }

    /**
     * @param useFastParser read with {@link FastCsvParser} (the streaming transaction path) instead of
     *                      Commons CSV; both give the same rows and the same errors
     */
    public static CsvRows open(Path file, TextFormat format, boolean useFastParser) {
        try {
            return new CsvRows(file, format, useFastParser);
        } catch (IOException e) {
            throw new DataFileException(Reason.FILE_UNREADABLE, file, 0, null, "cannot be read (" + e.getMessage() + ")", "Check that it is a readable CSV file", e);
        }
    }

    public Path file() {
        return file;
    }

    public TextFormat format() {
        return format;
    }

    public List<String> header() {
        return Collections.unmodifiableList(header);
    }

    /** Warnings about the header (duplicate or empty names). */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The header warning about column {@code index} (renamed because empty or repeated), or null. */
    public String headerWarning(int index) {
        return columnWarnings.get(index);
    }

    /** 1-based line where the last returned row starts. */
    public long line() {
        return recordLine;
    }

    /**
     * Hint that only these columns will be read from now on: with the fast tokenizer the others come back
     * as null (still counted in {@link #rowHash()}), saving a string per skipped field.
     */
    public void keepOnly(boolean[] columns) {
        if (fast != null) {
            fast.keepOnly(columns.clone());
        }
    }

    /** {@link RowHash} of the last returned row. */
    public long rowHash() {
        return fast != null ? fast.rowHash() : lastHash;
    }

    /** How far through the file reading is, 0..1 (read-ahead buffers make it run slightly early). */
    public double fractionRead() {
        return fileSize <= 0 ? -1 : Math.min(1.0, bytesRead.get() / (double) fileSize);
    }

    /** Data rows returned so far. */
    public long rowCount() {
        return dataRows;
    }

    /** The next data row (as many fields as the header), or null at the end of the file. */
    public String[] next() {
        while (true) {
            String[] row = nextRaw();
            if (row == null) {
                return null;
            }
            if (row.length == 1 && row[0].isBlank()) {
                continue; // blank or whitespace-only line
            }
            if (row.length != header.size()) {
                if (isAllEmpty(row)) {
                    continue;
                }
                throw new DataFileException(Reason.NOT_A_TABLE, file, recordLine, null, "has " + row.length + " fields but the header has "
                        + header.size(), "Check for a missing or extra '" + printable(format.delimiter())
                        + "' or an unquoted delimiter inside a value on that line");
            }
            dataRows++;
            if (fast == null) {
                lastHash = RowHash.of(row);
            }
            restoreCells(row);
            return row;
        }
    }

    private String[] nextRaw() {
        if (fast != null) {
            try {
                String[] r = fast.next();
                recordLine = fast.recordLine();
                return r;
            } catch (FastCsvParser.QuoteException e) {
                throw quoteError(e.line, e.unclosed, e);
            } catch (IOException e) {
                throw new DataFileException(Reason.FILE_UNREADABLE, file, recordLine, null, "cannot be read (" + e.getMessage() + ")",
                        "Check that the file is complete", e);
            }
        }
        CSVRecord rec;
        recordLine = lineAfterPrevious + 1;
        try {
            rec = records.next();
        } catch (NoSuchElementException e) {
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw translate(e);
        }
        lineAfterPrevious = parser.getCurrentLineNumber();
        return rec.values();
    }

    /**
     * Commons CSV reports quoting errors only in its message text; rather than parse that, the file is read
     * again (only on failure) with {@link FastCsvParser}, which gives the same rows and says by type what
     * went wrong and on which line.
     */
    private DataFileException translate(RuntimeException e) {
        try (Reader again = openReader(file, format, new java.util.concurrent.atomic.AtomicLong())) {
            FastCsvParser check = new FastCsvParser(again, format.delimiter());
            while (check.next() != null) {
                // read up to the error
            }
        } catch (FastCsvParser.QuoteException q) {
            return quoteError(q.line, q.unclosed, e);
        } catch (IOException | RuntimeException ignored) {
            // fall through to the general message
        }
        return new DataFileException(Reason.NOT_A_TABLE, file, recordLine, null, "cannot be parsed as CSV",
                "Check the quoting on that line", e);
    }

    private DataFileException quoteError(long line, boolean unclosed, Exception cause) {
        return unclosed
                ? new DataFileException(Reason.NOT_A_TABLE, file, line, null, "a quoted field that starts here is never closed",
                "Add the missing closing '\"' (quotes inside a quoted value are written as \"\")", cause)
                : new DataFileException(Reason.NOT_A_TABLE, file, line, null, "unexpected character after a closing quote",
                "Quotes inside a quoted value must be doubled (\"\")", cause);
    }

    private List<String> uniqueNames(String[] raw) {
        List<String> names = new ArrayList<>(raw.length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.length; i++) {
            String name = SpreadsheetCells.original(raw[i]).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
                warnings.add("column " + (i + 1) + " has no name; called it '" + name + "'");
                columnWarnings.put(i, warnings.get(warnings.size() - 1));
            }
            if (!seen.add(name)) {
                String base = name;
                int k = 2;
                while (!seen.add(base + "_" + k)) {
                    k++;
                }
                name = base + "_" + k;
                warnings.add("duplicate header name '" + base + "'; the later one is called '" + name + "'");
                columnWarnings.merge(i, warnings.get(warnings.size() - 1), (a, b) -> a + "; " + b);
            }
            names.add(name);
        }
        return names;
    }

    /** Undoes the formula guard every CSV Clientele writes ({@link SpreadsheetCells}), so its outputs read back as they were. */
    private static void restoreCells(String[] row) {
        for (int i = 0; i < row.length; i++) {
            String cell = row[i];
            if (cell != null && !cell.isEmpty() && cell.charAt(0) == '\'') {
                row[i] = SpreadsheetCells.original(cell);
            }
        }
    }

    private static boolean isAllEmpty(String[] row) {
        for (String s : row) {
            if (!s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String printable(char d) {
        return d == '\t' ? "\\t" : String.valueOf(d);
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            reader.close();
        } catch (IOException ignored) {
            // nothing useful to do: we only read
        }
    }
}
