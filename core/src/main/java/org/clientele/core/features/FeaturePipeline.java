package org.clientele.core.features;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.stats.Descriptive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits the feature pipeline on the rows it is given (and only those): per column median imputation,
 * log1p for skewed non-negative columns, z-scoring with the population standard deviation.
 * Constant columns are dropped (and reported): they cannot separate customers and have no z-score.
 */
public final class FeaturePipeline {

    private FeaturePipeline() {
    }

    public static FittedFeaturePipeline fit(FeatureInput input, FeatureOptions options) {
        return fit(input, options, null);
    }

    /**
     * As {@link #fit(FeatureInput, FeatureOptions)}, with the indicator columns of {@code oneHot} (if any are
     * among the features) weighted as blocks rather than z-scored one by one: each indicator is centred on
     * its level's share and divided by sqrt(1 − Σ share²), so the block's total variance is 1 and a
     * categorical column weighs like one standardized numeric column, however many levels it has.
     */
    public static FittedFeaturePipeline fit(FeatureInput input, FeatureOptions options, CategoricalEncoding oneHot) {
        List<String> chosen = options.features() == null ? input.names() : options.features();
        if (chosen.isEmpty()) {
            throw new UnusableDataException(Reason.COLUMN_MISSING, "no feature columns to use",
                    "Choose feature columns", Setting.FEATURES);
        }
        List<FeatureTransform> transforms = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        java.util.Map<String, CategoricalLevels> blockOf = new java.util.HashMap<>();
        java.util.Map<String, String> levelOf = new java.util.HashMap<>();
        if (oneHot != null && options.standardize()) {
            for (CategoricalLevels c : oneHot.columns()) {
                for (String level : oneHot.indicatorLevels(c)) {
                    blockOf.put(c.indicator(level), c);
                    levelOf.put(c.indicator(level), level);
                }
            }
        }
        java.util.Set<String> described = new java.util.HashSet<>();
        for (String name : chosen) {
            CategoricalLevels block = blockOf.get(name);
            if (block != null) {
                double share = block.shares()[block.levels().indexOf(levelOf.get(name))];
                double scale = Math.sqrt(block.impurity()) / CategoricalLevels.WEIGHT;
                transforms.add(new FeatureTransform(name, 0, 0, 0, false, share, scale, false));
                if (described.add(block.column())) {
                    steps.add(String.format(Locale.ROOT, "one-hot(%s): %d indicators, each centred on its share and "
                            + "divided by %.4g = sqrt(1 - sum of squared shares) / %.2g, so the column weighs like %.2g of a "
                            + "standardized numeric column (Huang's k-prototypes weight)", block.column(), block.levels().size(), scale, CategoricalLevels.WEIGHT,
                            CategoricalLevels.WEIGHT));
                }
                continue;
            }
            FeatureTransform t = fitColumn(name, input.column(name), options);
            transforms.add(t);
            steps.addAll(describe(t, options));
        }
        if (transforms.stream().allMatch(FeatureTransform::dropped)) {
            throw new UnusableDataException(Reason.NO_VARIATION, "every feature column is constant or empty ("
                    + String.join(", ", chosen) + "), so no customer differs from another",
                    "Choose columns whose values differ between customers", Setting.FEATURES);
        }
        return new FittedFeaturePipeline(transforms, steps);
    }

    private static FeatureTransform fitColumn(String name, double[] raw, FeatureOptions options) {
        double[] observed = Arrays.stream(raw).filter(v -> !Double.isNaN(v)).toArray();
        int missing = raw.length - observed.length;
        if (observed.length == 0) {
            return new FeatureTransform(name, Double.NaN, missing, Double.NaN, false, 0, 1, true);
        }
        double median = median(observed);
        double skew = skewness(observed);
        boolean nonNegative = Arrays.stream(observed).min().orElse(0) >= 0;
        boolean log = options.log1p() && nonNegative && skew > options.skewThreshold();
        double sum = 0;
        double[] x = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double v = Double.isNaN(raw[i]) ? median : raw[i];
            x[i] = log ? Math.log1p(v) : v;
            sum += x[i];
        }
        double mean = sum / x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(ss / x.length);
        boolean constant = std <= 1e-12 * Math.max(1, Math.abs(mean));
        if (constant) {
            return new FeatureTransform(name, median, missing, skew, false, 0, 1, true);
        }
        return options.standardize()
                ? new FeatureTransform(name, median, missing, skew, log, mean, std, false)
                : new FeatureTransform(name, median, missing, skew, log, 0, 1, false);
    }

    private static List<String> describe(FeatureTransform t, FeatureOptions options) {
        List<String> out = new ArrayList<>();
        if (Double.isNaN(t.median())) {
            out.add(String.format(Locale.ROOT, "dropped %s: no values", t.name()));
            return out;
        }
        if (t.imputed() > 0) {
            out.add(String.format(Locale.ROOT, "impute(%s): %d missing -> median %s", t.name(), t.imputed(), fmt(t.median())));
        }
        if (t.dropped()) {
            out.add(String.format(Locale.ROOT, "dropped %s: constant (%s)", t.name(), fmt(t.median())));
            return out;
        }
        if (t.log1p()) {
            out.add(String.format(Locale.ROOT, "log1p(%s): skewness %.2f > %s", t.name(), t.skewness(),
                    fmt(options.skewThreshold())));
        }
        if (options.standardize()) {
            out.add(String.format(Locale.ROOT, "standardize(%s): mean %s, std %s%s", t.name(), fmt(t.center()),
                    fmt(t.scale()), t.log1p() ? " (after log1p)" : ""));
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    static double median(double[] values) {
        return Descriptive.median(values);
    }

    /** {@link Descriptive#skewness}: adjusted Fisher–Pearson G1, as pandas' {@code skew()}; 0 for fewer than 3 values or no spread. */
    static double skewness(double[] v) {
        return Descriptive.skewness(v);
    }
}
