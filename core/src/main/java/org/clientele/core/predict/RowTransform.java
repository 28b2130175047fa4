package org.clientele.core.predict;

import java.util.List;

/**
 * Turns raw feature rows into what a model sees. It is fitted on training rows only (each split and
 * each fold fits its own), which is what keeps test rows from leaking into imputation or scaling.
 * The shared feature pipeline plugs in here through an adapter.
 */
@FunctionalInterface
public interface RowTransform {

    /** Learns the transform's parameters from training rows (rows × features, NaN = missing). */
    FittedRowTransform fit(List<String> featureNames, double[][] trainingRows);

    /** The default: median imputation then z-scores, both learned from the training rows. */
    RowTransform IMPUTE_STANDARDIZE = MedianImputeStandardize::fit;
}
