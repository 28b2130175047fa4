package org.clientele.core.transactions;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.io.CsvOutput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** One row per customer built from a transaction log, with the report of how the log was cleaned. */
public record CustomerTable(List<CustomerSummary> customers, CleaningReport report) {

    public static final String ID_COLUMN = "customer_id";
    /** Numeric columns, in CSV order (after customer_id, first_purchase and last_purchase as the contract asks). */
    public static final List<String> NUMERIC_COLUMNS = List.of("recency_days", "frequency", "monetary",
            "average_order_value", "tenure_days", "distinct_products", "items_per_order",
            "hour_night", "hour_morning", "hour_afternoon", "hour_evening",
            "weekday_mon", "weekday_tue", "weekday_wed", "weekday_thu", "weekday_fri", "weekday_sat", "weekday_sun",
            "season_winter", "season_spring", "season_summer", "season_autumn");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public CustomerTable {
        customers = List.copyOf(customers);
    }

    /** A table with customer_id (identifier), the numeric features, purchase dates and main_country. */
    public Table toTable() {
        int n = customers.size();
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        List<double[]> nums = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        String[] ids = new String[n];
        String[] first = new String[n];
        String[] last = new String[n];
        String[] country = new String[n];
        double[][] values = new double[NUMERIC_COLUMNS.size()][n];
        for (int r = 0; r < n; r++) {
            CustomerSummary c = customers.get(r);
            ids[r] = c.customerId();
            first[r] = TIME.format(c.firstPurchase());
            last[r] = TIME.format(c.lastPurchase());
            country[r] = c.mainCountry();
            double[] v = c.numericValues();
            for (int k = 0; k < v.length; k++) {
                values[k][r] = v[k];
            }
        }
        add(names, types, nums, texts, ID_COLUMN, ColumnType.IDENTIFIER, null, ids);
        for (int k = 0; k < NUMERIC_COLUMNS.size(); k++) {
            String name = NUMERIC_COLUMNS.get(k);
            boolean integer = name.equals("recency_days") || name.equals("frequency") || name.equals("tenure_days")
                    || name.equals("distinct_products");
            add(names, types, nums, texts, name, integer ? ColumnType.INTEGER : ColumnType.DECIMAL, values[k], null);
            if (k == 2) {
                add(names, types, nums, texts, "first_purchase", ColumnType.DATETIME, null, first);
                add(names, types, nums, texts, "last_purchase", ColumnType.DATETIME, null, last);
            }
        }
        add(names, types, nums, texts, "main_country", ColumnType.CATEGORICAL, null, country);
        return Table.of(names, types, nums, texts, ID_COLUMN);
    }

    private static void add(List<String> names, List<ColumnType> types, List<double[]> nums, List<String[]> texts,
                            String name, ColumnType type, double[] num, String[] text) {
        names.add(name);
        types.add(type);
        nums.add(num);
        texts.add(text);
    }

    /** Writes CUSTOMERS.csv (UTF-8, comma-separated, same columns as {@link #toTable()}) atomically. */
    public void writeCsv(Path file) {
        Table t = toTable();
        List<String> names = t.columnNames();
        String[] row = new String[names.size()];
        CsvOutput.write(file, names, csv -> {
            for (int r = 0; r < t.rowCount(); r++) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = cell(t, r, c);
                }
                csv.row((Object[]) row);
            }
        });
    }

    private static String cell(Table t, int r, int c) {
        if (t.type(c).isNumeric()) {
            double v = t.number(r, c);
            if (Double.isNaN(v)) {
                return "";
            }
            int decimals = t.columnNames().get(c).equals("monetary") || t.columnNames().get(c).equals("average_order_value") ? 2 : 4;
            return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        String s = t.text(r, c);
        return s == null ? "" : s;
    }
}
