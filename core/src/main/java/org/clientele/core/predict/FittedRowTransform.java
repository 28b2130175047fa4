package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * A transform with its parameters learned. Saved with a model bundle as JSON; the type is written as
 * a short name from a closed list, so loading a bundle never instantiates a class named in a file.
 * Another implementation must be registered in {@link JsonSubTypes} to be saved.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = MedianImputeStandardize.class, name = "median-impute-standardize"),
        @JsonSubTypes.Type(value = FeaturePipelineTransform.class, name = "feature-pipeline"),
        @JsonSubTypes.Type(value = InputScaleTransform.class, name = "input-scale")})
public interface FittedRowTransform {

    /** The raw input columns, in the order rows give them. */
    List<String> featureNames();

    /**
     * The columns {@link #apply} returns, in order: the input columns unless the transform adds some
     * (e.g. {@code log1p(x)} beside {@code x}). Models are fitted and saved with these names.
     */
    default List<String> outputNames() {
        return featureNames();
    }

    /** One raw row (NaN = missing) → model input; never returns NaN. */
    double[] apply(double[] row);

    default double[][] applyAll(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = apply(rows[i]);
        }
        return out;
    }

    /** What was applied, one line per step, for reports. */
    List<String> steps();
}
