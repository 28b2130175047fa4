package org.clientele.core.features;

/**
 * What the fitted pipeline does to one input column: impute, maybe log1p, then {@code (x - center) / scale}.
 *
 * @param name      column name
 * @param median    median of the observed training values (original units), used for missing values
 * @param imputed   how many training values were missing
 * @param skewness  adjusted sample skewness (G1) of the observed training values, before log1p
 * @param log1p     whether log1p is applied after imputation
 * @param center    subtracted after log1p (the training mean, or 0 without standardization)
 * @param scale     divisor after centering (population std, or 1 without standardization)
 * @param dropped   true when the column is left out (constant or never observed)
 */
public record FeatureTransform(String name, double median, int imputed, double skewness, boolean log1p,
                               double center, double scale, boolean dropped) {

    /** The transformed value of {@code raw} (NaN means missing). */
    public double apply(double raw) {
        double x = Double.isNaN(raw) ? median : raw;
        if (log1p) {
            x = Math.log1p(x);
        }
        return (x - center) / scale;
    }
}
