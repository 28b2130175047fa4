package org.clientele.core.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * P(alive) over repeat purchases (rows) × recency (columns) for a customer of age {@code T}, the oldest
 * customer's (as lifetimes' {@code plot_probability_alive_matrix}): the model's view of who has probably
 * stopped buying. Frequencies run 0..the 99th percentile (at most {@link #MAX_FREQUENCY}); recencies are up to
 * {@link #MAX_COLUMNS} whole time units from 0 to T.
 */
public record ProbabilityAliveMatrix(double T, String timeUnit, List<Integer> frequencies, List<Double> recencies,
                                     List<List<Double>> values) {

    /** P(alive | x, t_x, T) of a purchase model, e.g. {@code BgNbdModel::probabilityAlive}. */
    @FunctionalInterface
    public interface AliveProbability {
        double at(double frequency, double recency, double T);
    }

    static final int MAX_FREQUENCY = 40;
    static final int MAX_COLUMNS = 25;

    public static ProbabilityAliveMatrix of(AliveProbability model, List<CustomerRfmSummary> customers, String unit) {
        double T = customers.stream().mapToDouble(CustomerRfmSummary::T).max().orElse(0);
        double[] x = customers.stream().mapToDouble(CustomerRfmSummary::frequency).sorted().toArray();
        int top = x.length == 0 ? 1 : (int) Math.ceil(x[(int) Math.min(x.length - 1, Math.floor(0.99 * x.length))]);
        top = Math.max(1, Math.min(MAX_FREQUENCY, top));
        int columns = (int) Math.min(MAX_COLUMNS, Math.floor(T) + 1);
        List<Double> recencies = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            double r = columns == 1 ? 0 : Math.round(T * j / (columns - 1));
            recencies.add(r);
        }
        List<Integer> frequencies = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int f = 0; f <= top; f++) {
            frequencies.add(f);
            Double[] row = new Double[columns];
            for (int j = 0; j < columns; j++) {
                row[j] = model.at(f, recencies.get(j), T);
            }
            values.add(Arrays.asList(row));
        }
        return new ProbabilityAliveMatrix(T, unit, frequencies, recencies, values);
    }
}
