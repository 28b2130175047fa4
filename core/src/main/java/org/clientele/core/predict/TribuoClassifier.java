package org.clientele.core.predict;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Tribuo classifier behind {@link FittedClassifier}. Scores are clipped at 0 and normalised to sum
 * to 1; a model without scores (or with all zero) puts all mass on its predicted label.
 */
public record TribuoClassifier(Model<Label> model, List<String> featureNames, List<String> classNames)
        implements FittedClassifier {

    public TribuoClassifier {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
    }

    @Override
    public double[][] probabilities(double[][] rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            examples.add(TribuoData.classificationExample(featureNames, row));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[][] out = new double[rows.length][classNames.size()];
        for (int i = 0; i < rows.length; i++) {
            Prediction<Label> p = predictions.get(i);
            Map<String, Label> scores = p.getOutputScores();
            double sum = 0;
            for (int c = 0; c < classNames.size(); c++) {
                Label l = scores.get(classNames.get(c));
                double s = l == null || Double.isNaN(l.getScore()) ? 0 : Math.max(0, l.getScore());
                out[i][c] = s;
                sum += s;
            }
            if (sum > 0) {
                for (int c = 0; c < out[i].length; c++) {
                    out[i][c] /= sum;
                }
            } else {
                int predicted = classNames.indexOf(p.getOutput().getLabel());
                if (predicted >= 0) {
                    out[i][predicted] = 1;
                } else {
                    java.util.Arrays.fill(out[i], 1.0 / out[i].length);
                }
            }
        }
        return out;
    }
}
