package org.clientele.core.predict;

import java.util.List;

/**
 * One model family to compare. {@link #fit} sees only the rows it may learn from (already transformed)
 * and must do any tuning inside them, so cross-validating a candidate also validates its tuning.
 * This is the extension point for more models, e.g. a neural net trained with Tribuo's TensorFlow module.
 */
public interface RegressionCandidate {

    String name();

    FittedRegressor fit(List<String> featureNames, double[][] x, double[] y, long seed);

    /**
     * True when monotone transforms of the inputs cannot change the model (trees split on order only;
     * the mean ignores its inputs): it then gets the raw columns and no input transform is searched.
     * Other candidates, e.g. a neural net, get the input transform chosen by cross-validation.
     */
    default boolean inputScaleInvariant() {
        return false;
    }
}
