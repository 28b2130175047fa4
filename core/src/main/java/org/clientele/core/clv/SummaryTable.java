package org.clientele.core.clv;

import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.CsvRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A small per-row table (a survivor curve, a contract list, an opportunity summary) read with the same
 * sniffing as every input ({@link CsvRows}), with column look-up by alternative names and cell parsing
 * that names the file, line and column of every problem.
 */
final class SummaryTable implements AutoCloseable {

    private final Path file;
    private final CsvRows rows;
    private final List<String> names;
    private String[] record;

    private SummaryTable(Path file, CsvRows rows) {
        this.file = file;
        this.rows = rows;
        this.names = rows.header();
    }

    static SummaryTable open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ClvInputException(Reason.FILE_UNREADABLE, file, 0, null, "file not found", "Check the path.");
        }
        return new SummaryTable(file, CsvRows.open(file));
    }

    List<String> columns() {
        return names;
    }

    Path file() {
        return file;
    }

    /** The first header matching one of the names: exact case first, then ignoring case; null if none. */
    String find(List<String> candidates) {
        return RfmSummaryReader.find(names, candidates);
    }

    /** A column the user named, which must exist. */
    String require(String column, String what) {
        if (!names.contains(column)) {
            throw new ClvInputException(Reason.COLUMN_MISSING, file, 1, column, "no " + what + " column \"" + column
                    + "\"; the columns are " + names, "Name an existing column.");
        }
        return column;
    }

    boolean next() {
        record = rows.next();
        return record != null;
    }

    long line() {
        return rows.line();
    }

    long rowNumber() {
        return rows.rowCount();
    }

    String text(String column) {
        return record[names.indexOf(column)].strip();
    }

    /** A whole number of at least {@code min}, e.g. a count or a period. */
    long whole(String column, long min) {
        String t = text(column);
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw bad(column, t.isEmpty() ? "the value is missing" : "\"" + t + "\" is not a number",
                    "Fill in a whole number.");
        }
        if (v != Math.rint(v) || v < min || v > Integer.MAX_VALUE) {
            throw bad(column, "\"" + t + "\" is not a whole number of at least " + min, "Fix the value.");
        }
        return (long) v;
    }

    /** yes/no, true/false, 1/0, churned/active style flags. */
    boolean flag(String column) {
        String t = text(column).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "1", "yes", "y", "true", "t", "churned", "cancelled", "canceled", "lost", "left" -> true;
            case "0", "no", "n", "false", "f", "active", "alive", "retained", "renewed" -> false;
            default -> throw bad(column, "\"" + t + "\" is not yes/no", "Use yes/no, true/false or 1/0.");
        };
    }

    ClvInputException bad(String column, String problem, String fix) {
        return new ClvInputException(Reason.BAD_VALUE, file, rows.line(), column, problem, fix);
    }

    ClvInputException missing(String problem, String fix) {
        return new ClvInputException(Reason.COLUMN_MISSING, file, 1, null, problem + "; the columns are " + names, fix);
    }

    @Override
    public void close() {
        rows.close();
    }
}
