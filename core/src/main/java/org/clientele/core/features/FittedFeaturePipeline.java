package org.clientele.core.features;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.clientele.core.io.Json;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A fitted, immutable feature pipeline: replays on new rows exactly what was learned on the
 * training rows. Serialises to JSON (Jackson) so it can be saved beside trained models.
 *
 * @param transforms one per selected input column, in order (dropped ones included, flagged)
 * @param steps      human-readable account of what was applied, e.g. "log1p(monetary): skewness 12.30 > 1"
 */
public record FittedFeaturePipeline(List<FeatureTransform> transforms, List<String> steps) {

    public FittedFeaturePipeline {
        transforms = List.copyOf(transforms);
        steps = List.copyOf(steps);
    }

    /** Names of the output columns (the selected columns that were not dropped), in order. */
    @JsonIgnore
    public List<String> featureNames() {
        return kept().stream().map(FeatureTransform::name).toList();
    }

    /** Selected input columns, including dropped ones. */
    @JsonIgnore
    public List<String> inputNames() {
        return transforms.stream().map(FeatureTransform::name).toList();
    }

    private List<FeatureTransform> kept() {
        return transforms.stream().filter(t -> !t.dropped()).toList();
    }

    /** Rows x output features, in the transformed space. Input columns are found by name. */
    public double[][] transform(FeatureInput input) {
        List<FeatureTransform> kept = kept();
        int n = input.rowCount();
        double[][] out = new double[n][kept.size()];
        for (int f = 0; f < kept.size(); f++) {
            FeatureTransform t = kept.get(f);
            double[] col = input.column(t.name());
            for (int r = 0; r < n; r++) {
                out[r][f] = t.apply(col[r]);
            }
        }
        return out;
    }

    /** One row in the transformed space; absent, null or NaN values take the training median. */
    public double[] transformRow(Map<String, Double> values) {
        List<FeatureTransform> kept = kept();
        double[] out = new double[kept.size()];
        for (int f = 0; f < kept.size(); f++) {
            FeatureTransform t = kept.get(f);
            Double v = values.get(t.name());
            out[f] = t.apply(v == null ? Double.NaN : v);
        }
        return out;
    }

    public String toJson() {
        return Json.write(this);
    }

    public static FittedFeaturePipeline fromJson(String json) {
        try {
            return Json.mapper().readValue(json, FittedFeaturePipeline.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
