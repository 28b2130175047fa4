package org.clientele.core.clv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Customers' covariates as model terms: a categorical column becomes one indicator per level other than its
 * reference (the most common level), rare levels pooled into "(other)"; a numeric column (every present value
 * a number) is standardised to mean 0 and SD 1, missing values set to the mean. {@code rows[i]} are the terms
 * of customer i in the order asked.
 */
public record CovariateDesign(List<String> terms, List<Column> columns, double[][] rows, List<String> warnings) {

    /** At most this many indicator levels per categorical column; levels beyond join "(other)". */
    static final int MAX_LEVELS = 10;
    /** Levels with fewer customers join "(other)": their effects could not be estimated. */
    static final int MIN_CUSTOMERS_PER_LEVEL = 20;
    static final String OTHER = "(other)";
    static final String MISSING = "(missing)";

    /**
     * How one column was coded: {@code reference} and {@code levels} for categorical ones, {@code mean} and
     * {@code sd} for numeric ones.
     */
    public record Column(String name, String kind, String reference, List<String> levels, Double mean, Double sd) { }

    /** @throws IllegalArgumentException when a column leaves no term (one level, or a constant number) */
    public static CovariateDesign of(List<String> customerIds, CustomerCovariates covariates) {
        int n = customerIds.size();
        List<String> terms = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<double[]> termValues = new ArrayList<>();
        List<String> warnings = new ArrayList<>(covariates.warnings());
        for (int k = 0; k < covariates.columns().size(); k++) {
            String name = covariates.columns().get(k);
            String[] raw = new String[n];
            for (int i = 0; i < n; i++) {
                String[] v = covariates.values().get(customerIds.get(i));
                raw[i] = v == null ? null : v[k];
            }
            double[] numbers = numeric(raw);
            if (numbers != null) {
                addNumeric(name, numbers, terms, columns, termValues, warnings);
            } else {
                addCategorical(name, raw, terms, columns, termValues, warnings);
            }
        }
        double[][] rows = new double[n][terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            for (int i = 0; i < n; i++) {
                rows[i][t] = termValues.get(t)[i];
            }
        }
        return new CovariateDesign(List.copyOf(terms), List.copyOf(columns), rows, List.copyOf(warnings));
    }

    /** The values as numbers (NaN for missing), or null when some present value is not a number. */
    private static double[] numeric(String[] raw) {
        double[] out = new double[raw.length];
        int present = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == null) {
                out[i] = Double.NaN;
                continue;
            }
            try {
                out[i] = Double.parseDouble(raw[i]);
                present++;
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(out[i])) {
                return null;
            }
        }
        return present == 0 ? null : out;
    }

    private static void addNumeric(String name, double[] x, List<String> terms, List<Column> columns,
                                   List<double[]> termValues, List<String> warnings) {
        double sum = 0;
        int present = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sum += v;
                present++;
            }
        }
        double mean = sum / present;
        double ss = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / present);
        if (!(sd > 0)) {
            throw new IllegalArgumentException("covariate " + name + " is the same number for every customer");
        }
        if (present < x.length) {
            warnings.add(String.format(Locale.ROOT, "covariate %s is missing for %,d customers: set to its mean", name,
                    x.length - present));
        }
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = Double.isNaN(x[i]) ? 0 : (x[i] - mean) / sd;
        }
        terms.add(name);
        columns.add(new Column(name, "numeric", null, null, mean, sd));
        termValues.add(z);
    }

    private static void addCategorical(String name, String[] raw, List<String> terms, List<Column> columns,
                                       List<double[]> termValues, List<String> warnings) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : raw) {
            counts.merge(v == null ? MISSING : v, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, String> coded = new LinkedHashMap<>();
        int pooled = 0;
        for (int i = 0; i < byCount.size(); i++) {
            Map.Entry<String, Integer> e = byCount.get(i);
            boolean keep = i <= MAX_LEVELS && e.getValue() >= MIN_CUSTOMERS_PER_LEVEL;
            coded.put(e.getKey(), keep ? e.getKey() : OTHER);
            if (!keep) {
                pooled++;
            }
        }
        if (pooled > 0) {
            warnings.add(String.format(Locale.ROOT, "covariate %s: %d rare level%s (under %d customers, or beyond the"
                    + " %d most common) pooled into %s", name, pooled, pooled == 1 ? "" : "s", MIN_CUSTOMERS_PER_LEVEL,
                    MAX_LEVELS + 1, OTHER));
        }
        String reference = coded.get(byCount.get(0).getKey());
        List<String> levels = coded.values().stream().distinct().filter(l -> !l.equals(reference))
                .sorted(Comparator.naturalOrder()).toList();
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("covariate " + name + " has one level (" + reference
                    + ") among the customers: nothing to compare");
        }
        for (String level : levels) {
            double[] indicator = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                indicator[i] = level.equals(coded.get(raw[i] == null ? MISSING : raw[i])) ? 1 : 0;
            }
            terms.add(name + "=" + level);
            termValues.add(indicator);
        }
        columns.add(new Column(name, "categorical", reference, levels, null, null));
    }
}
