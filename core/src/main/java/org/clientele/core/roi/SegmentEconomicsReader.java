package org.clientele.core.roi;

import org.clientele.core.analysis.CustomerRowIndex;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;
import org.clientele.core.report.MarketingList;
import org.clientele.core.report.SegmentAssignments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-segment figures for a campaign from a segmentation and, when given, the customer table it was run
 * on: the number of customers, the order value (total spend over total orders where the table has
 * {@code monetary} and {@code frequency}, else the mean {@code average_order_value}), and the share that
 * responded to a past campaign (the mean of a 0/1 response column such as marketing tables'
 * {@code Response}).
 */
public final class SegmentEconomicsReader {

    /** Column names taken as a past campaign's response when the user names none. */
    static final List<String> RESPONSE_NAMES = List.of("response", "responded", "accepted", "converted");

    private SegmentEconomicsReader() {
    }

    /** The response column a table offers by name, or null. */
    public static String detectResponseColumn(Table table) {
        for (String name : table.columnNames()) {
            if (RESPONSE_NAMES.contains(name.toLowerCase(Locale.ROOT).strip())) {
                return name;
            }
        }
        return null;
    }

    /**
     * @param table          the customer table the segment run used, or null to use sizes only
     * @param responseColumn a 0/1 column of that table, or null for none
     */
    public static List<SegmentEconomics> read(SegmentAssignments assignments, Path file, Table table,
                                              String responseColumn) {
        Map<Integer, Tally> tallies = new LinkedHashMap<>();
        // segments in id order, outliers last, whatever order the names came in
        assignments.names().keySet().stream().sorted(MarketingList.SEGMENT_ORDER).forEach(id -> tallies.put(id, new Tally()));
        Map<String, Integer> rows = table == null ? Map.of() : CustomerRowIndex.of(file, table, assignments.idColumn());
        int monetary = column(table, "monetary");
        int frequency = column(table, "frequency");
        int aov = column(table, "average_order_value");
        int response = responseColumn == null ? -1 : table.columnIndex(responseColumn);
        for (int i = 0; i < assignments.size(); i++) {
            Tally t = tallies.computeIfAbsent(assignments.segments()[i], id -> new Tally());
            t.customers++;
            Integer row = rows.get(assignments.ids().get(i));
            if (row == null) {
                continue;
            }
            if (monetary >= 0 && frequency >= 0) {
                t.add(table.number(row, monetary), table.number(row, frequency));
            } else if (aov >= 0) {
                t.add(table.number(row, aov), 1);
            }
            if (response >= 0) {
                double v = table.number(row, response);
                if (!Double.isNaN(v) && v != 0 && v != 1) {
                    throw new DataFileException(file, row + 2L, responseColumn, "'" + table.text(row, response)
                            + "' is not a response (1 for yes, 0 for no)",
                            "Choose a column of 0/1 or yes/no values as the campaign response");
                }
                if (!Double.isNaN(v)) {
                    t.responses += v;
                    t.responseRows++;
                }
            }
        }
        String aovSource = monetary >= 0 && frequency >= 0 ? "order value = monetary / frequency"
                : aov >= 0 ? "order value = mean average_order_value" : null;
        List<SegmentEconomics> out = new ArrayList<>();
        tallies.forEach((id, t) -> {
            double orderValue = t.orders > 0 ? t.spend / t.orders : Double.NaN;
            double rate = t.responseRows > 0 ? t.responses / t.responseRows : Double.NaN;
            List<String> sources = new ArrayList<>();
            if (aovSource != null && !Double.isNaN(orderValue)) {
                sources.add(aovSource);
            }
            if (!Double.isNaN(rate)) {
                sources.add("response rate = share of '" + responseColumn + "' = 1");
            }
            out.add(new SegmentEconomics(id, assignments.names().getOrDefault(id, "Segment " + id), t.customers,
                    rate, orderValue, String.join("; ", sources)));
        });
        return out;
    }

    private static int column(Table table, String name) {
        return table == null ? -1 : table.columnNames().indexOf(name);
    }

    private static final class Tally {
        int customers;
        double spend;
        double orders;
        double responses;
        int responseRows;

        void add(double value, double count) {
            if (!Double.isNaN(value) && !Double.isNaN(count) && count > 0) {
                spend += value;
                orders += count;
            }
        }
    }
}
