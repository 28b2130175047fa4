package org.clientele.core.predict;

/** A fitted regression model on transformed rows (the output of a {@link FittedRowTransform}). */
public interface FittedRegressor {

    /** One prediction per row, in the units the model was trained on. */
    double[] predict(double[][] rows);

    /** What tuning chose, for reports ("" when nothing was tuned). */
    default String settings() {
        return "";
    }

    /** The model that predicts, without tuning records around it (what a bundle saves). */
    default FittedRegressor unwrap() {
        return this;
    }
}
