package org.clientele.core.analysis;

import org.clientele.core.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The range a numeric column took in a table: what a form shows next to a model's input so the user
 * knows which values the model has seen, and the median it starts from. NaN throughout for a column
 * without any value.
 */
public record FeatureRange(String feature, double min, double max, double median, int values) {

    /** Whether {@code v} lies within the seen range (inclusive). */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /** One range per name in {@code features}, in that order; a name that is not a numeric column is skipped. */
    public static List<FeatureRange> of(Table table, List<String> features) {
        List<FeatureRange> out = new ArrayList<>(features.size());
        for (String name : features) {
            if (!table.columnNames().contains(name)) {
                continue;
            }
            int col = table.columnIndex(name);
            if (!table.type(col).isNumeric()) {
                continue;
            }
            out.add(of(name, table.numericColumn(col)));
        }
        return out;
    }

    /** The range of {@code values}, ignoring NaN. */
    public static FeatureRange of(String name, double[] values) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = finite.length;
        if (n == 0) {
            return new FeatureRange(name, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double median = n % 2 == 1 ? finite[n / 2] : (finite[n / 2 - 1] + finite[n / 2]) / 2;
        return new FeatureRange(name, finite[0], finite[n - 1], median, n);
    }
}
