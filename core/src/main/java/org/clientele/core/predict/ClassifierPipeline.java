package org.clientele.core.predict;

/** Raw rows → fitted transform → classifier; both fitted on the same training rows. */
public record ClassifierPipeline(FittedRowTransform transform, FittedClassifier model) {

    public double[][] probabilities(double[][] rawRows) {
        return model.probabilities(transform.applyAll(rawRows));
    }

    public int[] predict(double[][] rawRows) {
        return model.predict(transform.applyAll(rawRows));
    }
}
