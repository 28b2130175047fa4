package org.clientele.core.analysis;

import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer table with each customer's probabilistic lifetime value beside the other columns, so marketing
 * lists can carry it: P(alive), expected purchases and spend over the horizon, and the discounted CLV
 * with their 90 % intervals (empty for customers the CLV run did not see).
 */
public final class ClvColumns {

    public static final String P_ALIVE = "p_alive";
    public static final String EXPECTED_PURCHASES = "expected_purchases";
    public static final String EXPECTED_SPEND = "expected_spend";
    public static final String CLV = "clv";
    /** 90 % intervals from the purchase model's parameter uncertainty (empty when none were computed). */
    public static final List<String> INTERVALS = List.of("p_alive_low", "p_alive_high", "expected_purchases_low",
            "expected_purchases_high", "clv_low", "clv_high");
    public static final List<String> NAMES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(P_ALIVE, EXPECTED_PURCHASES, EXPECTED_SPEND, CLV), INTERVALS.stream()).toList();

    private ClvColumns() {
    }

    public static Table append(Table customers, ClvResult clv) {
        Map<String, CustomerClv> byId = new HashMap<>();
        clv.customerValues().forEach(c -> byId.put(c.customerId(), c));
        int n = customers.rowCount();
        double[][] added = new double[NAMES.size()][n];
        for (double[] column : added) {
            Arrays.fill(column, Double.NaN);
        }
        List<String> ids = TableColumns.rowIds(customers);
        for (int r = 0; r < n; r++) {
            CustomerClv c = byId.get(ids.get(r));
            if (c != null) {
                added[0][r] = c.probabilityAlive();
                added[1][r] = c.expectedPurchases();
                added[2][r] = c.expectedSpend();
                added[3][r] = c.clv();
                added[4][r] = c.probabilityAliveLow();
                added[5][r] = c.probabilityAliveHigh();
                added[6][r] = c.expectedPurchasesLow();
                added[7][r] = c.expectedPurchasesHigh();
                added[8][r] = c.clvLow();
                added[9][r] = c.clvHigh();
            }
        }
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        List<double[]> numbers = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        for (int c = 0; c < customers.columnNames().size(); c++) {
            String name = customers.columnNames().get(c);
            if (NAMES.contains(name)) {
                continue; // computed again below
            }
            names.add(name);
            types.add(customers.type(c));
            if (customers.type(c).isNumeric()) {
                numbers.add(customers.numericColumn(c));
                texts.add(null);
            } else {
                String[] text = new String[n];
                for (int r = 0; r < n; r++) {
                    text[r] = customers.text(r, c);
                }
                numbers.add(null);
                texts.add(text);
            }
        }
        for (int i = 0; i < NAMES.size(); i++) {
            names.add(NAMES.get(i));
            types.add(ColumnType.DECIMAL);
            numbers.add(added[i]);
            texts.add(null);
        }
        return Table.of(names, types, numbers, texts, customers.idColumn());
    }
}
