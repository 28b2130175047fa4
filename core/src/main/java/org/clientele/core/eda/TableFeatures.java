package org.clientele.core.eda;

import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Distributions of and correlations between the numeric features of any customer table (one row per
 * customer), for the workbench's Explore tab: what {@link RfmOverview} gives a transaction log, for
 * every numeric column other than the id.
 *
 * <p>Each feature has a linear histogram (one bin per integer for whole numbers spanning at most
 * {@link #MAX_INTEGER_BINS} values, else {@link #BINS} equal-width bins) and, when it has positive values,
 * a log10 histogram of those ({@code log} is null otherwise). Correlations use the rows where every
 * feature is present ({@code completeRows} of them).
 */
public record TableFeatures(List<FeatureDistribution> distributions, List<Histogram> linear, List<Histogram> log,
                            CorrelationMatrix correlations, int rows, int completeRows) {

    public static final int BINS = 30;
    public static final int MAX_INTEGER_BINS = 40;
    /** Log bins per power of ten. */
    public static final int LOG_BINS_PER_DECADE = 8;

    public TableFeatures {
        distributions = List.copyOf(distributions);
        linear = List.copyOf(linear);
        log = java.util.Collections.unmodifiableList(new ArrayList<>(log));
    }

    public List<String> features() {
        return correlations.features();
    }

    /** Whether the feature's distribution is skewed enough that a log scale reads better. */
    public boolean suggestsLog(int feature) {
        FeatureDistribution d = distributions.get(feature);
        return log.get(feature) != null && d.quantiles().values()[0] > 0 && d.skewness() > FeatureDistribution.LOG_SKEW;
    }

    public static TableFeatures of(Table table) {
        return of(table, Progress.NONE);
    }

    public static TableFeatures of(Table table, Progress progress) {
        List<String> names = table.numericFeatureColumns();
        int n = table.rowCount();
        double[][] columns = new double[names.size()][];
        List<FeatureDistribution> distributions = new ArrayList<>();
        List<Histogram> linear = new ArrayList<>();
        List<Histogram> log = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            progress.checkCancelled();
            progress.update((double) f / Math.max(1, names.size()), "distribution of " + names.get(f));
            double[] v = table.numericColumn(table.columnIndex(names.get(f)));
            columns[f] = v;
            distributions.add(FeatureDistribution.of(names.get(f), v));
            Histogram whole = Histogram.integers(v, MAX_INTEGER_BINS);
            linear.add(whole != null ? whole : Histogram.linear(v, BINS));
            boolean anyPositive = Arrays.stream(v).anyMatch(x -> Double.isFinite(x) && x > 0);
            log.add(anyPositive ? Histogram.log10(v, LOG_BINS_PER_DECADE) : null);
        }
        boolean[] complete = new boolean[n];
        int completeRows = 0;
        for (int r = 0; r < n; r++) {
            boolean ok = true;
            for (double[] c : columns) {
                ok &= Double.isFinite(c[r]);
            }
            complete[r] = ok;
            completeRows += ok ? 1 : 0;
        }
        double[][] kept = new double[names.size()][completeRows];
        for (int f = 0; f < names.size(); f++) {
            int i = 0;
            for (int r = 0; r < n; r++) {
                if (complete[r]) {
                    kept[f][i++] = columns[f][r];
                }
            }
        }
        progress.update(1, "correlations");
        return new TableFeatures(distributions, linear, log, CorrelationMatrix.of(names, kept), n, completeRows);
    }
}
