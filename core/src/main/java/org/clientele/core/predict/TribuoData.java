package org.clientele.core.predict;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.util.List;

/**
 * Builds Tribuo datasets and examples from dense rows. Tribuo's INFO logging is the application's to
 * configure (core never reconfigures logging); liblinear's own stdout switch is turned off here.
 */
final class TribuoData {

    /** The dimension name of every regression output. */
    static final String TARGET = "target";

    static {
        quiet();
    }

    private TribuoData() {
    }

    /** liblinear prints every fit to stdout unless told not to: a library switch, not logging configuration. */
    static void quiet() {
        try {
            de.bwaldvogel.liblinear.Linear.disableDebugOutput();
        } catch (NoClassDefFoundError ignored) {
            // liblinear absent: nothing to silence
        }
    }

    static MutableDataset<Regressor> regression(List<String> names, double[][] x, double[] y) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> ds = new MutableDataset<>(
                new SimpleDataSourceProvenance("clientele rows", factory), factory);
        String[] n = names.toArray(String[]::new);
        for (int i = 0; i < x.length; i++) {
            ds.add(new ArrayExample<>(new Regressor(TARGET, y[i]), n, x[i]));
        }
        return ds;
    }

    static MutableDataset<Label> classification(List<String> names, double[][] x, int[] y, List<String> classes) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> ds = new MutableDataset<>(
                new SimpleDataSourceProvenance("clientele rows", factory), factory);
        String[] n = names.toArray(String[]::new);
        for (int i = 0; i < x.length; i++) {
            ds.add(new ArrayExample<>(new Label(classes.get(y[i])), n, x[i]));
        }
        return ds;
    }

    static Example<Regressor> regressionExample(List<String> names, double[] row) {
        return new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, names.toArray(String[]::new), row);
    }

    static Example<Label> classificationExample(List<String> names, double[] row) {
        return new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names.toArray(String[]::new), row);
    }
}
