package org.clientele.core.data;

import org.clientele.core.stats.Descriptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Streaming statistics of one column in bounded memory: Welford's running mean and variance
 * (Welford 1962, Technometrics 4(3)), a reservoir sample for quantiles (Vitter 1985, Algorithm R),
 * and value counts capped at {@link #DISTINCT_CAP} distinct values.
 */
final class ColumnStatistics {

    /** Distinct values counted per column at most; {@link #capFor} shares a budget across columns. */
    static final int DISTINCT_CAP = 100_000;
    static final int DISTINCT_BUDGET = 1_000_000;
    static final int RESERVOIR = 10_000;
    private final ColumnSpec spec;
    private final int cap;
    private final SplittableRandom random;
    private final HashMap<String, long[]> counts = new HashMap<>();
    private boolean capped;
    long missing;
    private long present;
    private long numbers;
    private long nonConforming;
    private String firstBad;
    private long firstBadLine;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final double[] reservoir = new double[RESERVOIR];
    private final DateParser dates;

    ColumnStatistics(ColumnSpec spec, long seed, int cap) {
        this.spec = spec;
        this.cap = cap;
        this.random = new SplittableRandom(seed);
        this.dates = spec.dateLayout() == null ? null : new DateParser(spec.dateLayout());
    }

    void accept(String raw, long line) {
        if (MissingValues.isMissing(raw)) {
            missing++;
            return;
        }
        present++;
        String s = raw.strip();
        if (spec.type() == ColumnType.IDENTIFIER) {
            s = Numbers.stripZeroFraction(s);
        }
        long[] c = counts.get(s);
        if (c != null) {
            c[0]++;
        } else if (!capped) {
            counts.put(s, new long[]{1});
            capped = counts.size() >= cap;
        }
        boolean ok = true;
        if (spec.type().isNumeric()) {
            double v = Numbers.parse(s, spec.european());
            if (Double.isNaN(v)) {
                ok = false;
            } else {
                addNumber(v);
            }
        } else if (dates != null) {
            ok = dates.parse(s) != null;
        } else if (spec.type() == ColumnType.BOOLEAN) {
            ok = ColumnSniffer.isBoolean(s);
        }
        if (!ok) {
            if (nonConforming++ == 0) {
                firstBad = s;
                firstBadLine = line;
            }
        }
    }

    private void addNumber(double v) {
        numbers++;
        double d = v - mean;
        mean += d / numbers;
        m2 += d * (v - mean);
        min = Math.min(min, v);
        max = Math.max(max, v);
        if (numbers <= RESERVOIR) {
            reservoir[(int) numbers - 1] = v;
        } else {
            long j = random.nextLong(numbers);
            if (j < RESERVOIR) {
                reservoir[(int) j] = v;
            }
        }
    }

    ColumnProfile profile(ColumnRole role, long rows) {
        List<String> warnings = new ArrayList<>();
        long distinct = counts.size();
        if (present > 0 && distinct == 1) {
            warnings.add("constant: every present value is \"" + printable(counts.keySet().iterator().next()) + "\"");
        }
        if (rows > 0 && missing * 2 > rows) {
            warnings.add(String.format("mostly missing: %.0f%% of rows", 100.0 * missing / rows));
        }
        if (present == 0) {
            warnings.add("empty: no values");
        }
        if (nonConforming > 0) {
            warnings.add("mixed types: " + nonConforming + " value(s) are not " + spec.type().label()
                    + " (first at line " + firstBadLine + ": \"" + firstBad + "\")");
        }
        Double mu = null, sd = null, lo = null, hi = null;
        Map<String, Double> quantiles = null;
        if (spec.type().isNumeric() && numbers > 0) {
            mu = mean;
            sd = Math.sqrt(m2 / numbers);
            lo = min;
            hi = max;
            quantiles = quantiles();
            double q1 = quantiles.get("p25");
            double q3 = quantiles.get("p75");
            double iqr = q3 - q1;
            if (iqr > 0 && (max > q3 + 10 * iqr || min < q1 - 10 * iqr)) {
                warnings.add(String.format("suspicious outliers: range %s .. %s is far outside the middle half %s .. %s",
                        fmt(min), fmt(max), fmt(q1), fmt(q3)));
            }
        }
        List<ValueCount> top = spec.type().isNumeric() ? null : topValues(10);
        return new ColumnProfile(spec.name(), spec.type(), role, missing, distinct, capped, mu, sd, lo, hi, quantiles,
                top, warnings);
    }

    /** About 100 bytes per counted value: a million across all columns keeps profiling under ~100 MB. */
    static int capFor(int columns) {
        return Math.max(1_000, Math.min(DISTINCT_CAP, DISTINCT_BUDGET / Math.max(1, columns)));
    }

    private Map<String, Double> quantiles() {
        int n = (int) Math.min(numbers, RESERVOIR);
        double[] v = Arrays.copyOf(reservoir, n);
        Arrays.sort(v);
        Map<String, Double> q = new LinkedHashMap<>();
        for (int p : new int[]{1, 5, 25, 50, 75, 95, 99}) {
            q.put("p" + p, quantile(v, p / 100.0));
        }
        return q;
    }

    /** {@link Descriptive#quantileOfSorted}: linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] sorted, double p) {
        return Descriptive.quantileOfSorted(sorted, p);
    }

    private List<ValueCount> topValues(int k) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        List<ValueCount> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, entries.size()); i++) {
            out.add(new ValueCount(entries.get(i).getKey(), entries.get(i).getValue()[0]));
        }
        return out;
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A value as it can be quoted on one line: control characters made visible, long values shortened. */
    static String printable(String value) {
        String v = value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }
}
