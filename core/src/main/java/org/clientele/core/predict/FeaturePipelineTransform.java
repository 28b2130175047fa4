package org.clientele.core.predict;

import org.clientele.core.features.FeatureInput;
import org.clientele.core.features.FeatureOptions;
import org.clientele.core.features.FeaturePipeline;
import org.clientele.core.features.FeatureTransform;
import org.clientele.core.features.FittedFeaturePipeline;

import java.util.List;

/**
 * The shared feature pipeline (median imputation, log1p of skewed columns, z-scores) as a
 * {@link FittedRowTransform}, so models see the same preprocessing as segmentation. Fitted like every
 * row transform on training rows only. Unlike the pipeline on its own, it keeps every input column:
 * a column the pipeline drops as constant maps to 0, because the models and the saved bundle address
 * features by position and name.
 */
public record FeaturePipelineTransform(List<String> featureNames, FittedFeaturePipeline pipeline)
        implements FittedRowTransform {

    public FeaturePipelineTransform {
        featureNames = List.copyOf(featureNames);
        if (!pipeline.inputNames().equals(featureNames)) {
            throw new IllegalArgumentException("the pipeline was fitted on " + pipeline.inputNames()
                    + ", not on " + featureNames);
        }
    }

    /** A row transform that fits the shared pipeline with {@code options} on each training part. */
    public static RowTransform fitting(FeatureOptions options) {
        return (names, rows) -> new FeaturePipelineTransform(names,
                FeaturePipeline.fit(FeatureInput.ofRows(names, rows), options.withFeatures(names)));
    }

    @Override
    public double[] apply(double[] row) {
        List<FeatureTransform> transforms = pipeline.transforms();
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            FeatureTransform t = transforms.get(j);
            if (t.dropped()) {
                continue;
            }
            double v = t.apply(row[j]);
            // log1p of a value below -1 (possible in new rows only) is NaN; treat it as missing.
            out[j] = Double.isFinite(v) ? v : t.apply(Double.NaN);
        }
        return out;
    }

    @Override
    public List<String> steps() {
        return pipeline.steps();
    }
}
