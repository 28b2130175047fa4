package org.clientele.core.segment.profile;

/** A feature over all customers that have a value (outliers included): the baseline segments are compared to. */
public record FeatureOverall(String feature, double mean, double std, double median, double min, double max,
                             int missing) {

    /** True when a ratio to the mean reads sensibly ("2.3× the average"): no negatives and a positive mean. */
    public boolean ratioMeaningful() {
        return min >= 0 && mean > 0;
    }
}
