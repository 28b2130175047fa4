package org.clientele.core.data;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.task.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An in-memory, column-oriented table (customer tables and previews): numeric columns as
 * {@code double[]} (NaN = missing), the others as strings (null = missing). Immutable.
 * Loading refuses files whose estimated size in memory exceeds a limit; transaction logs of any size
 * go through the streaming readers instead.
 */
public final class Table {

    /** System property overriding the in-memory size limit for {@link #read}, in bytes. */
    public static final String MAX_BYTES_PROPERTY = "clientele.table.maxBytes";
    /** Java objects cost several times the CSV text: an 8-character field becomes a ~48-byte String. */
    static final int MEMORY_PER_FILE_BYTE = 6;
    /** A gzip'ed CSV is typically 5–7 times smaller than its text. */
    static final int GZIP_RATIO = 7;

    private final List<String> names;
    private final List<ColumnType> types;
    private final double[][] numbers;
    private final String[][] texts;
    private final String idColumn;
    private final int rows;
    private final List<String> warnings;
    private final DateLayout[] layouts;
    private final List<String> notes;

    private Table(List<String> names, List<ColumnType> types, double[][] numbers, String[][] texts, String idColumn,
                  int rows, List<String> warnings) {
        this(names, types, numbers, texts, idColumn, rows, warnings, new DateLayout[names.size()], List.of());
    }

    private Table(List<String> names, List<ColumnType> types, double[][] numbers, String[][] texts, String idColumn,
                  int rows, List<String> warnings, DateLayout[] layouts, List<String> notes) {
        this.layouts = layouts;
        this.notes = List.copyOf(notes);
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        this.numbers = numbers;
        this.texts = texts;
        this.idColumn = idColumn;
        this.rows = rows;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Builds a table from columns; for each column exactly one of {@code numberColumns.get(i)} (numeric
     * types) and {@code textColumns.get(i)} is non-null. Arrays are used as given (not copied).
     */
    public static Table of(List<String> names, List<ColumnType> types, List<double[]> numberColumns,
                           List<String[]> textColumns, String idColumn) {
        int n = names.size();
        double[][] num = new double[n][];
        String[][] txt = new String[n][];
        int rows = -1;
        for (int c = 0; c < n; c++) {
            num[c] = numberColumns.get(c);
            txt[c] = textColumns.get(c);
            int len = num[c] != null ? num[c].length : txt[c].length;
            if (rows >= 0 && len != rows) {
                throw new IllegalArgumentException("column " + names.get(c) + " has " + len + " rows, expected " + rows);
            }
            rows = len;
        }
        if (idColumn != null && !names.contains(idColumn)) {
            throw new IllegalArgumentException("no id column " + idColumn);
        }
        return new Table(names, types, num, txt, idColumn, Math.max(rows, 0), List.of());
    }

    /** Reads a whole file with the limit from {@link #MAX_BYTES_PROPERTY} or half the heap. */
    public static Table read(Path file, ReadOptions opts, Progress p) {
        return read(file, opts, p, defaultLimit());
    }

    public static Table read(Path file, ReadOptions opts, Progress p, long maxBytes) {
        ReadOptions o = opts == null ? ReadOptions.DEFAULT : opts;
        Progress progress = p == null ? Progress.NONE : p;
        TextFormat format = FileSniffer.sniff(file);
        long estimate = estimateMemory(file, format);
        if (estimate > maxBytes) {
            throw tooLarge(file, estimate, maxBytes);
        }
        try (CsvRows in = CsvRows.open(file, format)) {
            TableCollector rows = new TableCollector(in.header(), Long.MAX_VALUE);
            String[] row;
            while ((row = in.next()) != null) {
                rows.accept(row);
                if ((rows.kept() & 0xffff) == 0) {
                    progress.checkCancelled();
                    progress.update(in.fractionRead(), String.format("Read %,d rows", rows.kept()));
                }
            }
            if (rows.kept() == 0) {
                throw new DataFileException(Reason.NO_DATA, file, 0, null, "has a header but no data rows", "Add data rows below the header");
            }
            return rows.finish(file, format, in.warnings(), o);
        }
    }

    static Table fromRows(Schema schema, List<String[]> data) {
        ColumnBuffers columns = new ColumnBuffers(schema, data.size());
        for (String[] row : data) {
            columns.add(row);
        }
        return columns.toTable();
    }

    /** A table of columns read as {@code schema} says; arrays are used as given. */
    static Table fromColumns(Schema schema, double[][] num, String[][] txt, int rows) {
        int n = schema.columns().size();
        List<ColumnType> types = new ArrayList<>(n);
        DateLayout[] layouts = new DateLayout[n];
        for (int c = 0; c < n; c++) {
            types.add(schema.specs().get(c).type());
            layouts[c] = schema.specs().get(c).dateLayout();
        }
        return new Table(schema.columns(), types, num, txt, schema.idColumn(), rows, schema.warnings(), layouts,
                List.of());
    }

    /** The in-memory size limit: {@link #MAX_BYTES_PROPERTY}, or half the heap. */
    public static long defaultLimit() {
        String prop = System.getProperty(MAX_BYTES_PROPERTY);
        if (prop != null) {
            try {
                return Long.parseLong(prop.strip());
            } catch (NumberFormatException ignored) {
                // fall through to the heap-based default
            }
        }
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /** The error for a customer table too large to hold in memory. */
    public static DataFileException tooLarge(Path file, long estimate, long maxBytes) {
        return new DataFileException(Reason.TOO_LARGE, file, 0, null, "is too large to load as a table (about "
                + mb(estimate) + " in memory, limit " + mb(maxBytes) + ")",
                "Read it as a transaction log, which streams any size, or load a sample of its rows", Setting.FILE_KIND);
    }

    /** Roughly the heap a whole file takes as a table, from its size on disk. */
    public static long estimateMemory(Path file, TextFormat format) {
        try {
            long size = Files.size(file);
            return size * MEMORY_PER_FILE_BYTE * (format.gzip() ? GZIP_RATIO : 1);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mb(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GB", bytes / (double) (1L << 30))
                : String.format("%d MB", Math.max(1, bytes >> 20));
    }

    public int rowCount() {
        return rows;
    }

    public List<String> columnNames() {
        return names;
    }

    /** Index of a column; a DataFileException naming the existing columns when absent. */
    public int columnIndex(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new DataFileException(Reason.COLUMN_MISSING, null, 0, null, "there is no column '" + name
                    + "' (the columns are " + String.join(", ", names) + ")", "Choose one of the columns");
        }
        return i;
    }

    public ColumnType type(int col) {
        return types.get(col);
    }

    /** The value as text; numbers formatted without a spurious ".0"; null if missing. */
    public String text(int row, int col) {
        if (texts[col] != null) {
            return texts[col][row];
        }
        double v = numbers[col][row];
        if (Double.isNaN(v)) {
            return null;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.isInfinite(v) ? Double.toString(v) : java.math.BigDecimal.valueOf(v).toPlainString();
    }

    /** The value as a number (booleans 1/0); NaN if missing or not numeric. */
    public double number(int row, int col) {
        if (numbers[col] != null) {
            return numbers[col][row];
        }
        if (types.get(col) == ColumnType.BOOLEAN) {
            Boolean b = ColumnSniffer.parseBoolean(texts[col][row]);
            return b == null ? Double.NaN : b ? 1 : 0;
        }
        return Double.NaN;
    }

    public String idColumn() {
        return idColumn;
    }

    /** Numeric columns other than the id, in file order: the default features. */
    public List<String> numericFeatureColumns() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (types.get(c).isNumeric() && !names.get(c).equals(idColumn)) {
                out.add(names.get(c));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A copy of a column's numbers (NaN for missing or non-numeric values). */
    public double[] numericColumn(int col) {
        if (numbers[col] != null) {
            return Arrays.copyOf(numbers[col], rows);
        }
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = number(r, col);
        }
        return out;
    }

    /** The date layout of a date column read from a file, or null. */
    public DateLayout dateLayout(int col) {
        return layouts[col];
    }

    /**
     * A table with some columns replaced or added: for each name, a numeric column (type INTEGER or DECIMAL)
     * replaces the column of that name in place, or is appended. Notes say what was derived and how.
     */
    public Table withNumericColumns(List<String> newNames, List<ColumnType> newTypes, List<double[]> values,
                                    List<String> newNotes) {
        List<String> n = new ArrayList<>(names);
        List<ColumnType> t = new ArrayList<>(types);
        List<double[]> num = new ArrayList<>(Arrays.asList(numbers));
        List<String[]> txt = new ArrayList<>(Arrays.asList(texts));
        List<DateLayout> lay = new ArrayList<>(Arrays.asList(layouts));
        for (int i = 0; i < newNames.size(); i++) {
            if (values.get(i).length != rows) {
                throw new IllegalArgumentException("column " + newNames.get(i) + " has " + values.get(i).length
                        + " rows, expected " + rows);
            }
            int at = n.indexOf(newNames.get(i));
            if (at < 0) {
                n.add(newNames.get(i));
                t.add(newTypes.get(i));
                num.add(values.get(i));
                txt.add(null);
                lay.add(null);
            } else {
                t.set(at, newTypes.get(i));
                num.set(at, values.get(i));
                txt.set(at, null);
                lay.set(at, null);
            }
        }
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(newNotes);
        return new Table(n, t, num.toArray(double[][]::new), txt.toArray(String[][]::new), idColumn, rows, warnings,
                lay.toArray(DateLayout[]::new), allNotes);
    }

    /** The same table with one column renamed (e.g. a year of birth turned into an age). */
    public Table withRenamedColumn(String from, String to) {
        List<String> n = new ArrayList<>(names);
        n.set(columnIndex(from), to);
        return new Table(n, types, numbers, texts, from.equals(idColumn) ? to : idColumn, rows, warnings, layouts,
                notes);
    }

    /** What was derived from the file's columns on loading (tenure from a date, age from a year of birth). */
    public List<String> notes() {
        return notes;
    }

    /** Warnings from reading (duplicate header names and the like). */
    public List<String> warnings() {
        return warnings;
    }
}
