package org.clientele.core.clv;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads a per-customer summary as the lifetimes package writes it: columns {@code frequency},
 * {@code recency}, {@code T} and optionally {@code monetary_value}, plus an optional identifier column.
 * Fader and Hardie's own names ({@code x}, {@code t_x}, {@code T}, {@code zbar}) are accepted too; there a
 * mean spend of 0 with x = 0 means "no repeat purchase". Delimiter ({@code , ; tab |}) is detected; a
 * UTF-8 BOM and gzip compression are handled.
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
        try (Reader reader = open(file)) {
            BufferedReader buffered = new BufferedReader(reader);
            buffered.mark(1 << 16);
            String header = buffered.readLine();
            if (header == null || header.isBlank()) {
                throw new ClvInputException(Reason.NO_DATA, file, 1, null, "the file is empty", "Give a CSV with a header line.");
            }
            buffered.reset();
            char delimiter = detectDelimiter(header);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.parse(buffered, format)) {
                return readRecords(file, parser, idColumn);
            }
        } catch (NoSuchFileException e) {
            throw new ClvInputException(Reason.FILE_UNREADABLE, file, 0, null, "file not found", "Check the path.");
        } catch (IOException e) {
            throw new ClvInputException(Reason.FILE_UNREADABLE, file, 0, null, "cannot be read (" + e.getMessage() + ")",
                    "Check that it is a readable CSV file.");
        } catch (UncheckedIOException e) {
            throw new ClvInputException(Reason.NOT_A_TABLE, file, 0, null, "is not a well-formed CSV file (" + e.getCause().getMessage() + ")",
                    "Check quoting and delimiters.");
        }
    }

    private static List<CustomerRfmSummary> readRecords(Path file, CSVParser parser, String idColumn) {
        List<String> names = parser.getHeaderNames();
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
        for (CSVRecord rec : parser) {
            long line = parser.getCurrentLineNumber();
            if (rec.size() == 1 && rec.get(0).isEmpty()) {
                continue;
            }
            String customer = id == null ? Long.toString(rec.getRecordNumber()) : value(file, line, rec, id, false);
            if (!seen.add(customer)) {
                throw new ClvInputException(Reason.BAD_VALUE, file, line, id, "customer \"" + customer + "\" appears twice",
                        "A summary has one row per customer.");
            }
            double x = number(file, line, rec, frequency, true);
            double tx = number(file, line, rec, recency, true);
            double t = number(file, line, rec, age, true);
            double m = monetary == null ? Double.NaN : number(file, line, rec, monetary, false);
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

    private static String value(Path file, long line, CSVRecord rec, String column, boolean required) {
        String text = rec.isSet(column) ? rec.get(column) : null;
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new ClvInputException(Reason.BAD_VALUE, file, line, column, "the value is missing", "Fill it in or drop the row.");
            }
            return null;
        }
        return text;
    }

    private static double number(Path file, long line, CSVRecord rec, String column, boolean required) {
        String text = rec.isSet(column) ? rec.get(column) : null;
        if (text == null || text.isEmpty() || text.equalsIgnoreCase("nan") || text.equalsIgnoreCase("na")) {
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
    private static String find(List<String> headers, List<String> candidates) {
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

    private static char detectDelimiter(String header) {
        char best = ',';
        long bestCount = -1;
        for (char c : new char[]{',', ';', '\t', '|'}) {
            long count = header.chars().filter(ch -> ch == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    private static Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        InputStream raw = new java.io.BufferedInputStream(in);
        raw.mark(3);
        byte[] bom = raw.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            raw.reset();
        }
        return new InputStreamReader(raw, StandardCharsets.UTF_8);
    }
}
