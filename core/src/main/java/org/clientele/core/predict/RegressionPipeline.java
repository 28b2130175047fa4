package org.clientele.core.predict;

import java.util.List;

/** Raw rows → fitted transform → regressor → original units. Everything in it was fitted on one set of rows. */
public record RegressionPipeline(FittedRowTransform transform, FittedRegressor model, TargetScale scale) {

    /** Fits the transform and the model on the given (training) rows only. */
    static RegressionPipeline fit(RegressionCandidate candidate, RowTransform transform, List<String> names,
                                  double[][] rawX, double[] y, TargetScale scale, long seed) {
        FittedRowTransform t = transform.fit(names, rawX);
        FittedRegressor m = candidate.fit(t.featureNames(), t.applyAll(rawX), scale.forward(y), seed);
        return new RegressionPipeline(t, m, scale);
    }

    public double[] predict(double[][] rawRows) {
        return scale.inverse(model.predict(transform.applyAll(rawRows)));
    }
}
