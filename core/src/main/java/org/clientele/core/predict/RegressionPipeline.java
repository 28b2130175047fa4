package org.clientele.core.predict;

import java.util.List;

/**
 * Raw rows → fitted transform → regressor → original units. Everything in it was fitted on one set of rows.
 * On the log1p scale, model outputs are clipped to the range of the training targets before going back:
 * an exponential turns a linear model's modest extrapolation into absurd spend, and no customer in the
 * training rows spent more than the largest training target.
 *
 * @param low  lowest model output allowed, on the training scale (−∞ = no clipping)
 * @param high highest model output allowed, on the training scale (+∞ = no clipping)
 */
public record RegressionPipeline(FittedRowTransform transform, FittedRegressor model, TargetScale scale,
                                 double low, double high) {

    /** Fits the transform and the model on the given (training) rows only. */
    static RegressionPipeline fit(RegressionCandidate candidate, RowTransform transform, List<String> names,
                                  double[][] rawX, double[] y, TargetScale scale, long seed) {
        FittedRowTransform t = transform.fit(names, rawX);
        double[] scaled = scale.forward(y);
        FittedRegressor m = candidate.fit(t.outputNames(), t.applyAll(rawX), scaled, seed);
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        if (scale == TargetScale.LOG1P) {
            low = java.util.Arrays.stream(scaled).min().orElse(low);
            high = java.util.Arrays.stream(scaled).max().orElse(high);
        }
        return new RegressionPipeline(t, m, scale, low, high);
    }

    public double[] predict(double[][] rawRows) {
        double[] out = model.predict(transform.applyAll(rawRows));
        for (int i = 0; i < out.length; i++) {
            out[i] = scale.inverse(Math.max(low, Math.min(high, out[i])));
        }
        return out;
    }
}
