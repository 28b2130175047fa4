package org.clientele.core.predict;

import org.clientele.core.stats.Descriptive;

import java.util.Arrays;
import java.util.List;

/**
 * The default {@link FittedRowTransform}: a missing value becomes the training median, then each
 * feature becomes a z-score with the training mean and population standard deviation. A constant
 * feature keeps scale 1 so it maps to 0 instead of dividing by zero.
 */
public record MedianImputeStandardize(List<String> featureNames, double[] medians, double[] means,
                                      double[] scales) implements FittedRowTransform {

    public MedianImputeStandardize {
        featureNames = List.copyOf(featureNames);
        int p = featureNames.size();
        if (medians.length != p || means.length != p || scales.length != p) {
            throw new IllegalArgumentException("parameter arrays must have one entry per feature");
        }
    }

    public static MedianImputeStandardize fit(List<String> featureNames, double[][] rows) {
        int p = featureNames.size();
        double[] medians = new double[p];
        double[] means = new double[p];
        double[] scales = new double[p];
        for (int j = 0; j < p; j++) {
            double[] present = new double[rows.length];
            int m = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[j])) {
                    present[m++] = row[j];
                }
            }
            present = Arrays.copyOf(present, m);
            Arrays.sort(present);
            medians[j] = m == 0 ? 0 : Descriptive.medianOfSorted(present);
            double sum = 0;
            for (double[] row : rows) {
                sum += Double.isNaN(row[j]) ? medians[j] : row[j];
            }
            double mean = rows.length == 0 ? 0 : sum / rows.length;
            double ss = 0;
            for (double[] row : rows) {
                double d = (Double.isNaN(row[j]) ? medians[j] : row[j]) - mean;
                ss += d * d;
            }
            double sd = rows.length == 0 ? 0 : Math.sqrt(ss / rows.length);
            means[j] = mean;
            scales[j] = sd > 1e-12 ? sd : 1;
        }
        return new MedianImputeStandardize(featureNames, medians, means, scales);
    }

    @Override
    public double[] apply(double[] row) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            double v = Double.isNaN(row[j]) ? medians[j] : row[j];
            out[j] = (v - means[j]) / scales[j];
        }
        return out;
    }

    @Override
    public List<String> steps() {
        return List.of("impute missing values with the training median",
                "standardize to z-scores with the training mean and population standard deviation");
    }
}
