package org.clientele.core.predict;

import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * The gradient-boosting settings that are searched or fixed: tree depth, learning rate (eta), number
 * of boosting rounds and row subsample. Column subsample, γ, λ and α stay at XGBoost's defaults.
 */
public record XGBoostSettings(int maxDepth, double eta, int rounds, double subsample, double minChildWeight) {

    /** A reasonable fixed setting for when no search is run. */
    public static final XGBoostSettings DEFAULT = new XGBoostSettings(4, 0.1, 200, 0.8, 1);

    XGBoostRegressionTrainer regressionTrainer(long seed) {
        return new XGBoostRegressionTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                XGBoostRegressionTrainer.RegressionType.LINEAR, rounds, eta, 0, maxDepth, minChildWeight, subsample,
                1.0, 1.0, 0, 1, XGBoostTrainer.LoggingVerbosity.SILENT, seed);
    }

    XGBoostClassificationTrainer classificationTrainer(long seed) {
        return new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                rounds, eta, 0, maxDepth, minChildWeight, subsample, 1.0, 1.0, 0, 1,
                XGBoostTrainer.LoggingVerbosity.SILENT, seed);
    }
}
