package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of the calibration-vs-holdout chart: customers with {@code frequency} repeat purchases in
 * calibration ({@code orMore}: at least that many), their mean actual and mean predicted holdout purchases.
 */
public record FrequencyBin(int frequency, boolean orMore, int customers, double actualMean, double predictedMean) {

    @JsonProperty("label")
    public String label() {
        return orMore ? frequency + "+" : Integer.toString(frequency);
    }
}
