package org.clientele.core.report;

import org.clientele.core.analysis.CustomerRowIndex;
import org.clientele.core.data.Table;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.io.OutputFiles;
import org.clientele.core.segment.profile.FeatureRoles;
import org.clientele.core.segment.rfm.RfmScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of customers for a campaign: each with their segment, its recommended action, their RFM scores and
 * key figures from the customer table. {@link #prepare} joins and orders everyone once (segment, then spend
 * from high to low); {@link #select} keeps the customers a {@link ListFilter} accepts, in the same order, and
 * is cheap enough to run on every change of a filter.
 */
public final class MarketingList {

    /** Segments by id, outliers (-1) last. */
    public static final Comparator<Integer> SEGMENT_ORDER = (a, b) ->
            (a < 0) != (b < 0) ? (a < 0 ? 1 : -1) : Integer.compare(a, b);

    /** One customer on the list; {@code rfm} is null when the segmentation had no RFM segments. */
    public record Row(int tableRow, String customerId, int segment, String segmentName, double confidence,
                      RfmScore rfm, String action) {
    }

    private final Table table;
    private final SegmentAssignments assignments;
    private final String idHeader;
    private final List<String> valueColumns;
    private final int[] valueIndex;
    private final int monetaryIndex;
    private final List<Row> rows;
    private final int unmatched;

    private MarketingList(Table table, SegmentAssignments assignments, String idHeader, List<String> valueColumns,
                          int[] valueIndex, int monetaryIndex, List<Row> rows, int unmatched) {
        this.table = table;
        this.assignments = assignments;
        this.idHeader = idHeader;
        this.valueColumns = valueColumns;
        this.valueIndex = valueIndex;
        this.monetaryIndex = monetaryIndex;
        this.rows = rows;
        this.unmatched = unmatched;
    }

    /** The list of {@code filter}'s customers with the table's key columns plus {@code extraColumns}. */
    public static MarketingList of(Table table, SegmentAssignments assignments, ListFilter filter,
                                   List<String> extraColumns) {
        return prepare(table, assignments, extraColumns).select(filter);
    }

    /**
     * Every segmented customer found in {@code table}, ordered by segment then spend (high first).
     *
     * @param extraColumns table columns to add after recency, frequency and monetary (null or empty for none)
     * @throws IllegalArgumentException when an extra column does not exist
     */
    public static MarketingList prepare(Table table, SegmentAssignments assignments, List<String> extraColumns) {
        FeatureRoles roles = FeatureRoles.detect(table.columnNames());
        Set<String> shown = new LinkedHashSet<>();
        for (String role : new String[] {roles.recency(), roles.frequency(), roles.monetary()}) {
            if (role != null) {
                shown.add(role);
            }
        }
        if (extraColumns != null) {
            for (String c : extraColumns) {
                columnOf(table, c, false);
                if (!c.equals(table.idColumn())) {
                    shown.add(c);
                }
            }
        }
        List<String> columns = List.copyOf(shown);
        int[] index = columns.stream().mapToInt(table.columnNames()::indexOf).toArray();
        int monetary = roles.monetary() == null ? -1 : table.columnNames().indexOf(roles.monetary());

        int[] tableRows = join(table, assignments);
        List<Row> all = new ArrayList<>();
        int unmatched = 0;
        for (int i = 0; i < assignments.size(); i++) {
            if (tableRows[i] < 0) {
                unmatched++;
                continue;
            }
            int segment = assignments.segments()[i];
            all.add(new Row(tableRows[i], assignments.ids().get(i), segment, name(assignments, segment),
                    assignments.confidence()[i], assignments.hasRfm() ? assignments.rfm().get(i) : null,
                    assignments.actions().getOrDefault(segment, "")));
        }
        Comparator<Row> order = Comparator.comparing(Row::segment, SEGMENT_ORDER);
        if (monetary >= 0) {
            // NaN (missing spend) after every number
            order = order.thenComparing(r -> spend(table, monetary, r), Comparator.reverseOrder());
        }
        all.sort(order.thenComparingInt(Row::tableRow));
        String idHeader = table.idColumn() != null ? table.idColumn()
                : assignments.idColumn().equals("row") ? "customer_id" : assignments.idColumn();
        return new MarketingList(table, assignments, idHeader, columns, index, monetary,
                Collections.unmodifiableList(all), unmatched);
    }

    /**
     * The customers {@code filter} accepts, in this list's order.
     *
     * @throws IllegalArgumentException for a range on a column the table lacks or that is not numeric, or
     *                                  RFM segments asked of a segmentation without them
     */
    public MarketingList select(ListFilter filter) {
        if (filter.rfmSegments() != null && !assignments.hasRfm()) {
            throw new IllegalArgumentException("the segmentation has no RFM segments (the table needs recency, "
                    + "frequency and monetary columns)");
        }
        int[] rangeColumns = filter.ranges().stream().mapToInt(r -> columnOf(table, r.column(), true)).toArray();
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            if (!filter.acceptsSegment(row.segment())
                    || !filter.acceptsRfm(row.rfm() == null ? null : row.rfm().segment())) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < rangeColumns.length && ok; k++) {
                ok = filter.ranges().get(k).accepts(table.number(row.tableRow(), rangeColumns[k]));
            }
            if (ok) {
                kept.add(row);
            }
        }
        return new MarketingList(table, assignments, idHeader, valueColumns, valueIndex, monetaryIndex,
                Collections.unmodifiableList(kept), unmatched);
    }

    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    /** Segmented customers with no row in the table (joined by id): left off the list. */
    public int unmatched() {
        return unmatched;
    }

    public SegmentAssignments assignments() {
        return assignments;
    }

    /** The customer-table columns on the list: recency, frequency and monetary when present, then the extras. */
    public List<String> valueColumns() {
        return valueColumns;
    }

    /** The spend column, or null when the table has none. */
    public String monetaryColumn() {
        return monetaryIndex < 0 ? null : table.columnNames().get(monetaryIndex);
    }

    /** Total spend of the customers on the list; NaN when the table has no spend column. */
    public double revenue() {
        if (monetaryIndex < 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (Row r : rows) {
            double v = table.number(r.tableRow(), monetaryIndex);
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        return sum;
    }

    /** Customers per segment, in segment order. */
    public Map<Integer, Integer> countsBySegment() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Row r : rows) {
            counts.merge(r.segment(), 1, Integer::sum);
        }
        return counts;
    }

    /** The CSV header: id, segment, segment_name, confidence, RFM (when present), action, table columns. */
    public List<String> header() {
        List<String> header = new ArrayList<>(List.of(idHeader, "segment", "segment_name", "confidence"));
        if (assignments.hasRfm()) {
            header.addAll(List.of("rfm_segment", "r_score", "f_score", "m_score"));
        }
        header.add("action");
        header.addAll(valueColumns);
        return header;
    }

    /** One row's values as written, in {@link #header()} order; empty for a missing value. */
    public List<String> cells(Row row) {
        List<String> out = new ArrayList<>(header().size());
        out.add(row.customerId());
        out.add(Integer.toString(row.segment()));
        out.add(row.segmentName());
        out.add(Double.isNaN(row.confidence()) ? "" : Double.toString(Math.round(row.confidence() * 1e4) / 1e4));
        if (assignments.hasRfm()) {
            RfmScore s = row.rfm();
            out.addAll(List.of(s.segment(), Integer.toString(s.r()), Integer.toString(s.f()), Integer.toString(s.m())));
        }
        out.add(row.action() == null ? "" : row.action());
        for (int c : valueIndex) {
            out.add(value(row.tableRow(), c));
        }
        return out;
    }

    /** Numbers without float noise (3811.9499999999994 → 3811.95): spend to cents, others to 6 decimals. */
    private String value(int row, int col) {
        if (!table.type(col).isNumeric()) {
            String text = table.text(row, col);
            return text == null ? "" : text;
        }
        double v = table.number(row, col);
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(col == monetaryIndex ? 2 : 6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    /** The value of a table column for one row, as a number (NaN when missing or not numeric). */
    public double number(Row row, String column) {
        return table.number(row.tableRow(), table.columnIndex(column));
    }

    /** Writes the list as UTF-8 CSV with a header, atomically; replaces {@code file} if it exists. */
    public void writeCsv(Path file) {
        write(file, rows);
    }

    /** Where {@link #writePerSegment} puts each segment of the list: {@code dir/<slug of its name>.csv}. */
    public Map<Integer, Path> perSegmentFiles(Path dir) {
        Map<Integer, Path> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Integer segment : countsBySegment().keySet()) {
            String base = slug(name(assignments, segment));
            if (base.isEmpty()) {
                base = segment < 0 ? "outliers" : "segment-" + segment;
            }
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "-" + n;
            }
            files.put(segment, dir.resolve(name + ".csv"));
        }
        return files;
    }

    /**
     * One CSV per segment on the list, named by {@link #perSegmentFiles}. Nothing is written when any target
     * exists and {@code overwrite} is false.
     *
     * @return the files written, in segment order
     */
    public List<Path> writePerSegment(Path dir, boolean overwrite) {
        Map<Integer, Path> files = perSegmentFiles(dir);
        files.values().forEach(f -> OutputFiles.checkWritable(f, overwrite));
        Map<Integer, List<Row>> bySegment = new HashMap<>();
        for (Row r : rows) {
            bySegment.computeIfAbsent(r.segment(), s -> new ArrayList<>()).add(r);
        }
        List<Path> written = new ArrayList<>();
        files.forEach((segment, file) -> {
            write(file, bySegment.get(segment));
            written.add(file);
        });
        return written;
    }

    /** "High-value loyal buyers" → "high-value-loyal-buyers": lower-case ASCII letters and digits joined by '-'. */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private void write(Path file, List<Row> list) {
        List<String> header = header();
        CsvOutput.write(file, header, csv -> {
            for (Row row : list) {
                csv.row(cells(row));
            }
        });
    }

    private static String name(SegmentAssignments a, int segment) {
        String name = a.names().get(segment);
        return name != null ? name : segment < 0 ? "Outlier" : "Segment " + segment;
    }

    private static double spend(Table table, int col, Row r) {
        double v = table.number(r.tableRow(), col);
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static int columnOf(Table table, String name, boolean numeric) {
        int c = table.columnNames().indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("there is no column '" + name + "'; the customer table has "
                    + String.join(", ", table.columnNames()));
        }
        if (numeric && !table.type(c).isNumeric()) {
            throw new IllegalArgumentException("column '" + name + "' is " + table.type(c).label()
                    + ", not numeric, so it cannot be bounded");
        }
        return c;
    }

    /** Table row of each assignment, -1 when the table has no such customer. */
    private static int[] join(Table table, SegmentAssignments a) {
        int[] out = new int[a.size()];
        if (a.rowAligned()) {
            if (a.size() != table.rowCount()) {
                throw new IllegalArgumentException("the segmentation has " + a.size() + " customers but the table "
                        + table.rowCount() + " rows");
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = i;
            }
            return out;
        }
        Map<String, Integer> index = CustomerRowIndex.of(null, table, a.idColumn());
        boolean[] used = new boolean[table.rowCount()];
        for (int i = 0; i < out.length; i++) {
            Integer r = index.get(a.ids().get(i));
            if (r == null || used[r]) {
                out[i] = -1;
            } else {
                used[r] = true;
                out[i] = r;
            }
        }
        return out;
    }
}
