package org.clientele.app.ui.explore;

import org.clientele.core.eda.CategoryStat;
import org.clientele.core.eda.CohortTable;
import org.clientele.core.eda.CorrelationMatrix;
import org.clientele.core.eda.CountryStat;
import org.clientele.core.eda.Histogram;
import org.clientele.core.eda.PeriodSeries;
import org.clientele.core.eda.QuarterTransition;
import org.clientele.core.eda.Seasonality;
import org.clientele.core.eda.ValueConcentration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Core's EDA results reshaped into what a chart draws: plain arrays, no computation beyond layout. */
public final class ChartData {

    private ChartData() {
    }

    /** Points of a line or bar chart; {@code labels} name each point (for category axes and tooltips). */
    public record Xy(double[] x, double[] y, String[] labels) {
        public int size() {
            return x.length;
        }
    }

    /** A matrix to draw as a heatmap; NaN cells are drawn empty. */
    public record Matrix(String[] rows, String[] columns, double[][] values) {
    }

    public enum Granularity {
        DAY("Day"), WEEK("Week"), MONTH("Month");

        private final String label;

        Granularity(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Metric {
        REVENUE("Revenue"), ORDERS("Orders"), CUSTOMERS("Customers");

        private final String label;

        Metric(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** x = start of each period in epoch seconds (UTC), for a time axis. */
    static Xy sales(PeriodSeries s, Metric metric) {
        int n = s.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = LocalDate.parse(s.start()[i]).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            y[i] = switch (metric) {
                case REVENUE -> s.revenue()[i];
                case ORDERS -> s.orders()[i];
                case CUSTOMERS -> s.customers()[i];
            };
        }
        return new Xy(x, y, s.labels().clone());
    }

    /** Revenue share in percent per country, top countries and the rest as one bar. */
    static Xy countryShares(List<CountryStat> head) {
        return bars(head.stream().map(CountryStat::country).toArray(String[]::new),
                head.stream().mapToDouble(c -> 100 * c.share()).toArray());
    }

    static Xy categoryShares(List<CategoryStat> categories) {
        return bars(categories.stream().map(CategoryStat::category).toArray(String[]::new),
                categories.stream().mapToDouble(c -> 100 * c.share()).toArray());
    }

    private static Xy bars(String[] labels, double[] values) {
        double[] x = new double[labels.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return new Xy(x, values, labels);
    }

    /** The Lorenz curve in percent: share of customers (lowest spenders first) against share of spend. */
    static Xy lorenz(ValueConcentration v) {
        double[] x = new double[v.lorenzPopulation().length];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 * v.lorenzPopulation()[i];
            y[i] = 100 * v.lorenzSpend()[i];
        }
        return new Xy(x, y, new String[x.length]);
    }

    static Xy equality() {
        return new Xy(new double[] {0, 100}, new double[] {0, 100}, new String[2]);
    }

    /** Bars at bin centres (geometric centres on a log scale), heights the counts. */
    static Xy histogram(Histogram h) {
        int n = h.counts().length;
        double[] x = new double[n];
        double[] y = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            double lo = h.edges()[i];
            double hi = h.edges()[i + 1];
            x[i] = h.logScale() ? Math.sqrt(lo * hi) : (lo + hi) / 2;
            y[i] = h.counts()[i];
            labels[i] = Format.number(lo) + " – " + Format.number(hi);
        }
        return new Xy(x, y, labels);
    }

    /** Cohort month × months since the first purchase; cells the share of the cohort that bought. */
    static Matrix cohorts(CohortTable c) {
        int width = 0;
        for (double[] row : c.retention()) {
            width = Math.max(width, row.length);
        }
        String[] rows = new String[c.cohorts().length];
        double[][] values = new double[rows.length][width];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = c.cohorts()[i] + String.format(" (%,d)", c.sizes()[i]);
            java.util.Arrays.fill(values[i], Double.NaN);
            System.arraycopy(c.retention()[i], 0, values[i], 0, c.retention()[i].length);
        }
        String[] columns = new String[width];
        for (int k = 0; k < width; k++) {
            columns[k] = "+" + k;
        }
        return new Matrix(rows, columns, values);
    }

    /** Above this many features the columns are numbered and the rows carry number and name. */
    static final int NAMED_COLUMNS = 10;

    /** Features left out of {@link #correlations} because they have a single value. */
    static java.util.List<String> constantFeatures(CorrelationMatrix m) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < m.features().size(); i++) {
            if (java.util.Arrays.stream(m.pearson()[i]).allMatch(Double::isNaN)) {
                out.add(m.features().get(i));
            }
        }
        return out;
    }

    static Matrix correlations(CorrelationMatrix m, boolean spearman) {
        double[][] all = spearman ? m.spearman() : m.pearson();
        // a feature with a single value correlates with nothing: leave it out rather than draw an empty row
        int[] keep = java.util.stream.IntStream.range(0, all.length)
                .filter(i -> java.util.Arrays.stream(all[i]).anyMatch(v -> !Double.isNaN(v))).toArray();
        String[] names = java.util.Arrays.stream(keep).mapToObj(m.features()::get).toArray(String[]::new);
        double[][] values = new double[keep.length][keep.length];
        for (int i = 0; i < keep.length; i++) {
            for (int j = 0; j < keep.length; j++) {
                values[i][j] = all[keep[i]][keep[j]];
            }
        }
        if (names.length <= NAMED_COLUMNS) {
            return new Matrix(names, names, values);
        }
        String[] rows = new String[names.length];
        String[] columns = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = Integer.toString(i + 1);
            rows[i] = (i + 1) + "  " + names[i];
        }
        return new Matrix(rows, columns, values);
    }

    /** Which seasonality heatmap: weekday × hour of day, or calendar month × weekday. */
    public enum SeasonalityLayout {
        WEEKDAY_HOUR("Weekday × hour"), MONTH_WEEKDAY("Month × weekday");

        private final String label;

        SeasonalityLayout(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Revenue per cell. Hours are labelled 0..23; the hours before the first sale of the day and after the
     * last one (no sale on any weekday) are left out, interior quiet hours kept.
     */
    static Matrix seasonality(Seasonality s, SeasonalityLayout layout) {
        if (layout == SeasonalityLayout.MONTH_WEEKDAY) {
            return new Matrix(s.months().clone(), s.weekdays().clone(), copy(s.monthWeekdayRevenue()));
        }
        double[][] all = s.weekdayHourRevenue();
        int hours = all.length == 0 ? 0 : all[0].length;
        int first = 0;
        int last = hours - 1;
        while (first < last && emptyColumn(all, first)) {
            first++;
        }
        while (last > first && emptyColumn(all, last)) {
            last--;
        }
        String[] labels = new String[last - first + 1];
        for (int h = first; h <= last; h++) {
            labels[h - first] = Integer.toString(h);
        }
        double[][] v = new double[all.length][];
        for (int i = 0; i < all.length; i++) {
            v[i] = java.util.Arrays.copyOfRange(all[i], first, last + 1);
        }
        return new Matrix(s.weekdays().clone(), labels, v);
    }

    private static boolean emptyColumn(double[][] values, int j) {
        for (double[] row : values) {
            if (row[j] != 0 && !Double.isNaN(row[j])) {
                return false;
            }
        }
        return true;
    }

    /** The highest cell of a matrix as {row, column}, or null when every cell is empty or zero. */
    static int[] peak(Matrix m) {
        int[] best = null;
        double max = 0;
        for (int i = 0; i < m.values().length; i++) {
            for (int j = 0; j < m.values()[i].length; j++) {
                double v = m.values()[i][j];
                if (!Double.isNaN(v) && v > max) {
                    max = v;
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    /** Largest finite cell (0 for none). */
    static double max(Matrix m) {
        int[] p = peak(m);
        return p == null ? 0 : m.values()[p[0]][p[1]];
    }

    /**
     * Row shares of a quarter-to-quarter transition; rows = from-segment with its customers in brackets,
     * columns = to-segment.
     */
    static Matrix transitions(QuarterTransition t) {
        String[] rows = new String[t.rows().length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = t.rows()[i] + String.format(" (%,d)", java.util.Arrays.stream(t.counts()[i]).asLongStream().sum());
        }
        return new Matrix(rows, t.columns().clone(), copy(t.rowShares()));
    }

    /** Each cell's share and count, for writing in the cells ("85%" over "1,234"). */
    static String[][] transitionLabels(QuarterTransition t) {
        String[][] out = new String[t.counts().length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new String[t.counts()[i].length];
            for (int j = 0; j < out[i].length; j++) {
                double share = t.rowShares()[i][j];
                out[i][j] = Double.isNaN(share) ? null
                        : String.format("%.0f%%\n%,d", 100 * share, t.counts()[i][j]);
            }
        }
        return out;
    }

    /**
     * One sentence on the largest existing segment: how many stayed and where most of the rest went,
     * e.g. "85% of High-value loyal buyers stayed; 9% became Lapsed low spenders".
     */
    static String moveSentence(QuarterTransition t) {
        int from = -1;
        long most = 0;
        for (int i = 0; i < t.rows().length; i++) {
            if (java.util.Arrays.asList(t.columns()).contains(t.rows()[i])) { // an existing segment, not newcomers
                long total = java.util.Arrays.stream(t.counts()[i]).asLongStream().sum();
                if (total > most) {
                    most = total;
                    from = i;
                }
            }
        }
        if (from < 0) {
            return "No customer was in a segment at the start of these quarters.";
        }
        String name = t.rows()[from];
        int stay = java.util.Arrays.asList(t.columns()).indexOf(name);
        int other = -1;
        for (int j = 0; j < t.columns().length; j++) {
            if (j != stay && (other < 0 || t.counts()[from][j] > t.counts()[from][other])) {
                other = j;
            }
        }
        String text = String.format("%.0f%% of %s stayed", 100 * t.rowShares()[from][stay], name);
        if (other >= 0 && t.counts()[from][other] > 0) {
            text += String.format("; %.0f%% became %s", 100 * t.rowShares()[from][other], t.columns()[other]);
        }
        return text;
    }

    private static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }
}
