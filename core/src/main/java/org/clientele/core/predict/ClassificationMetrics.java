package org.clientele.core.predict;

import java.util.ArrayList;
import java.util.List;

/**
 * Accuracy, per-class precision and recall, macro-F1 (the unweighted mean of per-class F1, with F1 = 0
 * for a class that is never predicted correctly, as scikit-learn's zero_division=0) and the confusion
 * matrix ({@code confusion[actual][predicted]}) over the classes in {@code classNames}.
 */
public record ClassificationMetrics(double accuracy, double macroF1, List<ClassScore> perClass,
                                    int[][] confusion, int n) {

    /** One class's precision, recall, F1 and number of actual members (support). */
    public record ClassScore(String name, double precision, double recall, double f1, int support) {
    }

    public static ClassificationMetrics of(int[] actual, int[] predicted, List<String> classNames) {
        int k = classNames.size();
        int n = actual.length;
        if (n == 0 || predicted.length != n) {
            throw new IllegalArgumentException("need equally many actual and predicted labels, at least one");
        }
        int[][] confusion = new int[k][k];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            confusion[actual[i]][predicted[i]]++;
            if (actual[i] == predicted[i]) {
                correct++;
            }
        }
        List<ClassScore> perClass = new ArrayList<>(k);
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int actualC = 0;
            int predictedC = 0;
            for (int o = 0; o < k; o++) {
                actualC += confusion[c][o];
                predictedC += confusion[o][c];
            }
            double precision = predictedC == 0 ? 0 : (double) tp / predictedC;
            double recall = actualC == 0 ? 0 : (double) tp / actualC;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.add(new ClassScore(classNames.get(c), precision, recall, f1, actualC));
            // Like scikit-learn, average over the classes that occur in either the actual or the predicted labels.
            if (actualC > 0 || predictedC > 0) {
                f1Sum += f1;
                present++;
            }
        }
        return new ClassificationMetrics((double) correct / n, present == 0 ? 0 : f1Sum / present,
                List.copyOf(perClass), confusion, n);
    }
}
