package org.clientele.core.predict;

/**
 * One classifier's scores: {@code test} on the held-out rows; CV accuracy and macro-F1 mean ±
 * population std over the stratified folds of the training part.
 */
public record ClassifierScore(String name, double accuracy, double macroF1, double cvAccuracyMean,
                              double cvAccuracyStd, double cvMacroF1Mean, double cvMacroF1Std,
                              ClassificationMetrics test, String settings, double seconds) {
}
