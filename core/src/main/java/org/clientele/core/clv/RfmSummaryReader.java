package org.clientele.core.clv;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.CsvRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a per-customer summary as the lifetimes package writes it: columns {@code frequency},
 * {@code recency}, {@code T} and optionally {@code monetary_value}, plus an optional identifier column.
 * Fader and Hardie's own names ({@code x}, {@code t_x}, {@code T}, {@code zbar}) are accepted too; there a
 * mean spend of 0 with x = 0 means "no repeat purchase". The file is sniffed and read as every input is
 * ({@link CsvRows}: delimiter, encoding, BOM, gzip).
 */
public final class RfmSummaryReader {

    private static final List<String> FREQUENCY = List.of("frequency", "x");
    private static final List<String> RECENCY = List.of("recency", "t_x", "tx");
    private static final List<String> AGE = List.of("T", "t");
    private static final List<String> MONETARY = List.of("monetary_value", "monetary", "zbar", "m");
    private static final List<String> ID = List.of("customer_id", "customerid", "customer", "id", "cust", "client_id");

    private RfmSummaryReader() {
    }

    /**
     * @param idColumn the identifier column, or null to use a column named like an id (else row numbers)
     * @throws ClvInputException for a missing file, a missing column or a value that is not a valid number
     */
    public static List<CustomerRfmSummary> read(Path file, String idColumn) {
        if (!Files.isRegularFile(file)) {
            throw new ClvInputException(Reason.FILE_UNREADABLE, file, 0, null, "file not found", "Check the path.");
        }
        // the same sniffing (gzip, BOM, encoding, delimiter) and CSV reading as every other input
        try (CsvRows rows = CsvRows.open(file)) {
            return readRecords(file, rows, idColumn);
        }
    }

    private static List<CustomerRfmSummary> readRecords(Path file, CsvRows rows, String idColumn) {
        List<String> names = rows.header();
        String frequency = find(names, FREQUENCY);
        String recency = find(names, RECENCY);
        String age = find(names, AGE);
        if (frequency == null || recency == null || age == null) {
            throw new ClvInputException(Reason.COLUMN_MISSING, file, 1, null, "a summary needs the columns frequency, recency and T; found "
                    + names, "Rename the columns, or give a transaction log instead.");
        }
        String monetary = find(names, MONETARY);
        String id = idColumn;
        if (id != null && !names.contains(id)) {
            throw new ClvInputException(Reason.COLUMN_MISSING, file, 1, id, "no such column; the columns are " + names,
                    "Choose an existing id column", Setting.ID_COLUMN);
        }
        if (id == null) {
            id = find(names, ID);
        }
        List<CustomerRfmSummary> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] rec = rows.next(); rec != null; rec = rows.next()) {
            long line = rows.line();
            String customer = id == null ? Long.toString(rows.rowCount())
                    : value(file, line, rec, names, id, false);
            if (!seen.add(customer)) {
                throw new ClvInputException(Reason.BAD_VALUE, file, line, id, "customer \"" + customer + "\" appears twice",
                        "A summary has one row per customer.");
            }
            double x = number(file, line, rec, names, frequency, true);
            double tx = number(file, line, rec, names, recency, true);
            double t = number(file, line, rec, names, age, true);
            double m = monetary == null ? Double.NaN : number(file, line, rec, names, monetary, false);
            String problem = CustomerRfmSummary.problem(x, tx, t);
            if (problem != null) {
                throw new ClvInputException(Reason.BAD_VALUE, file, line, null, problem, "Fix the row or drop it.");
            }
            if (x == 0) {
                // lifetimes and Fader-Hardie both write 0 for "no repeat purchase, no mean"
                m = Double.NaN;
            } else if (x > 0 && monetary != null && !(m > 0)) {
                throw new ClvInputException(Reason.BAD_VALUE, file, line, monetary, "a customer with repeat purchases needs a positive"
                        + " mean spend, was " + (Double.isNaN(m) ? "missing" : m), "Fix the value or drop the column.");
            }
            out.add(new CustomerRfmSummary(customer, x, tx, t, m));
        }
        if (out.isEmpty()) {
            throw new ClvInputException(Reason.NO_DATA, file, 0, null, "has no data rows", "Give at least one customer.");
        }
        return out;
    }

    private static String value(Path file, long line, String[] rec, List<String> names, String column,
                                boolean required) {
        String text = rec[names.indexOf(column)].strip();
        if (text.isEmpty()) {
            if (required) {
                throw new ClvInputException(Reason.BAD_VALUE, file, line, column, "the value is missing", "Fill it in or drop the row.");
            }
            return null;
        }
        return text;
    }

    private static double number(Path file, long line, String[] rec, List<String> names, String column,
                                 boolean required) {
        String text = rec[names.indexOf(column)].strip();
        if (text.isEmpty() || text.equalsIgnoreCase("nan") || text.equalsIgnoreCase("na")) {
            if (required) {
                throw new ClvInputException(Reason.BAD_VALUE, file, line, column, "the value is missing", "Fill it in or drop the row.");
            }
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ClvInputException(Reason.BAD_VALUE, file, line, column, "\"" + text + "\" is not a number", "Fix the value.");
        }
    }

    /** The first header matching one of the names: exact case first, then ignoring case. */
    static String find(List<String> headers, List<String> candidates) {
        for (String c : candidates) {
            if (headers.contains(c)) {
                return c;
            }
        }
        Map<String, String> lower = new HashMap<>();
        for (String h : headers) {
            lower.putIfAbsent(h.toLowerCase(Locale.ROOT), h);
        }
        for (String c : candidates) {
            String hit = lower.get(c.toLowerCase(Locale.ROOT));
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
