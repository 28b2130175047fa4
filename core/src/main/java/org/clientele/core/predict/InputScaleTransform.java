package org.clientele.core.predict;

import org.clientele.core.features.FeatureInput;
import org.clientele.core.features.FeatureOptions;
import org.clientele.core.features.FeaturePipeline;
import org.clientele.core.features.FeatureTransform;

import java.util.ArrayList;
import java.util.List;

/**
 * Median imputation, then the chosen {@link InputScale}, then (for models that care about scale)
 * z-scores, all learned from training rows. It is built from the shared feature pipeline: {@code plain}
 * is the pipeline without log1p (RAW and BOTH), {@code logged} the pipeline with log1p of skewed
 * non-negative columns (LOG1P and BOTH). With BOTH the model sees every column as it is followed by
 * the logged copies of the skewed ones, named {@code log1p(column)}.
 *
 * @param featureNames the raw input columns, in order
 * @param standardize  whether the outputs are z-scores (false for trees: they only need the order)
 */
public record InputScaleTransform(List<String> featureNames, InputScale scale, boolean standardize,
                                  FeaturePipelineTransform plain, FeaturePipelineTransform logged)
        implements FittedRowTransform {

    public InputScaleTransform {
        featureNames = List.copyOf(featureNames);
        if ((plain == null) == (scale != InputScale.LOG1P) || (logged == null) == (scale != InputScale.RAW)) {
            throw new IllegalArgumentException("the pipelines do not match input scale " + scale);
        }
    }

    /** A row transform fitting this on each training part. */
    public static RowTransform fitting(InputScale scale, boolean standardize) {
        return (names, rows) -> fit(names, rows, scale, standardize);
    }

    public static InputScaleTransform fit(List<String> names, double[][] rows, InputScale scale, boolean standardize) {
        FeatureInput input = FeatureInput.ofRows(names, rows);
        double skew = FeatureOptions.DEFAULT.skewThreshold();
        FeaturePipelineTransform plain = scale == InputScale.LOG1P ? null : new FeaturePipelineTransform(names,
                FeaturePipeline.fit(input, new FeatureOptions(names, false, standardize, skew)));
        FeaturePipelineTransform logged = scale == InputScale.RAW ? null : new FeaturePipelineTransform(names,
                FeaturePipeline.fit(input, new FeatureOptions(names, true, standardize, skew)));
        return new InputScaleTransform(names, scale, standardize, plain, logged);
    }

    /** Indices of the columns that get a logged copy (BOTH) or are logged (LOG1P). */
    private int[] loggedColumns() {
        if (logged == null) {
            return new int[0];
        }
        List<FeatureTransform> t = logged.pipeline().transforms();
        return java.util.stream.IntStream.range(0, t.size()).filter(j -> t.get(j).log1p() && !t.get(j).dropped())
                .toArray();
    }

    @Override
    public List<String> outputNames() {
        if (scale != InputScale.BOTH) {
            return featureNames;
        }
        List<String> out = new ArrayList<>(featureNames);
        for (int j : loggedColumns()) {
            out.add("log1p(" + featureNames.get(j) + ")");
        }
        return List.copyOf(out);
    }

    @Override
    public double[] apply(double[] row) {
        return switch (scale) {
            case RAW -> plain.apply(row);
            case LOG1P -> logged.apply(row);
            case BOTH -> {
                double[] p = plain.apply(row);
                double[] l = logged.apply(row);
                int[] extra = loggedColumns();
                double[] out = java.util.Arrays.copyOf(p, p.length + extra.length);
                for (int k = 0; k < extra.length; k++) {
                    out[p.length + k] = l[extra[k]];
                }
                yield out;
            }
        };
    }

    @Override
    public List<String> steps() {
        List<String> out = new ArrayList<>();
        out.add("input transform: " + scale.label() + switch (scale) {
            case RAW -> " (no log1p)";
            case LOG1P -> " (log1p instead of each skewed non-negative column)";
            case BOTH -> " (each column plus log1p of each skewed non-negative column)";
        });
        if (plain != null) {
            out.addAll(plain.steps());
        }
        if (logged != null) {
            out.addAll(scale == InputScale.BOTH
                    ? logged.steps().stream().filter(s -> s.startsWith("log1p(")).toList() : logged.steps());
        }
        return List.copyOf(out);
    }
}
