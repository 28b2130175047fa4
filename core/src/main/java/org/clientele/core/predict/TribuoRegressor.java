package org.clientele.core.predict;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.List;

/** A Tribuo regression model behind {@link FittedRegressor}; saved with Tribuo's protobuf format. */
public record TribuoRegressor(Model<Regressor> model, List<String> featureNames) implements FittedRegressor {

    public TribuoRegressor {
        featureNames = List.copyOf(featureNames);
    }

    @Override
    public double[] predict(double[][] rows) {
        List<Example<Regressor>> examples = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            examples.add(TribuoData.regressionExample(featureNames, row));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        double[] out = new double[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = predictions.get(i).getOutput().getValues()[0];
        }
        return out;
    }
}
