package org.clientele.core.predict;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.common.xgboost.XGBoostModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explanations of Tribuo XGBoost models: gain importance from the booster, and per-row SHAP values
 * (Lundberg &amp; Lee 2017; TreeSHAP, Lundberg et al. 2020) from xgboost4j's contribution prediction.
 * Contributions are in the model's raw output units (log-odds for a class; the training scale for
 * regression), and sum with the bias to that raw output.
 */
final class XGBoostExplanations {

    private XGBoostExplanations() {
    }

    static boolean applies(Model<?> model) {
        return model instanceof XGBoostModel<?>;
    }

    /** Average gain per split of each feature, normalised to sum to 1, most important first. */
    static List<Importance> gain(Model<?> model, List<String> featureNames) {
        XGBoostModel<?> xgb = (XGBoostModel<?>) model;
        Map<String, Double> total = new LinkedHashMap<>();
        for (String f : featureNames) {
            total.put(f, 0.0);
        }
        xgb.getFeatureImportance().forEach(fi -> fi.getGain().forEach((f, g) -> total.merge(f, g, Double::sum)));
        double sum = total.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Importance> out = new ArrayList<>();
        total.forEach((f, g) -> out.add(new Importance(f, sum > 0 ? g / sum : 0, 0)));
        out.sort(Comparator.comparingDouble(Importance::importance).reversed());
        return List.copyOf(out);
    }

    /**
     * SHAP values of one transformed row for output {@code outputIndex} (0 for regression; the class
     * index in Tribuo's output order for classification). The map holds every feature plus "(bias)".
     */
    static Map<String, Double> contributions(Model<?> model, List<String> featureNames, double[] row,
                                             int outputIndex) {
        XGBoostModel<?> xgb = (XGBoostModel<?>) model;
        ImmutableFeatureMap fmap = xgb.getFeatureIDMap();
        int p = fmap.size();
        float[] dense = new float[p];
        java.util.Arrays.fill(dense, Float.NaN);
        for (int j = 0; j < featureNames.size(); j++) {
            int id = fmap.getID(featureNames.get(j));
            if (id >= 0) {
                dense[id] = (float) row[j];
            }
        }
        try {
            // Tribuo trains one booster per regression dimension, and one multi-class booster for labels.
            Booster booster = xgb.getInnerModels().size() > 1 ? xgb.getInnerModels().get(outputIndex)
                    : xgb.getInnerModels().get(0);
            int classOffset = xgb.getInnerModels().size() > 1 ? 0 : outputIndex;
            DMatrix matrix = new DMatrix(dense, 1, p, Float.NaN);
            float[] contrib;
            try {
                contrib = booster.predictContrib(matrix, 0)[0];
            } finally {
                matrix.dispose();
            }
            int stride = p + 1;
            int base = contrib.length > stride ? classOffset * stride : 0;
            Map<String, Double> out = new LinkedHashMap<>();
            for (int id = 0; id < p; id++) {
                out.put(fmap.get(id).getName(), (double) contrib[base + id]);
            }
            out.put("(bias)", (double) contrib[base + p]);
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not compute contributions: " + e.getMessage(), e);
        }
    }
}
