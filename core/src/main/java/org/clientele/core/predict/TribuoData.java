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
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds Tribuo datasets and examples from dense rows, and keeps Tribuo's INFO logging quiet. */
final class TribuoData {

    /** The dimension name of every regression output. */
    static final String TARGET = "target";

    // Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private static final Logger TRIBUO_LOGGER = Logger.getLogger("org.tribuo");
    private static final Logger OLCUT_LOGGER = Logger.getLogger("com.oracle.labs.mlrg.olcut");

    static {
        quiet();
    }

    private TribuoData() {
    }

    /** Tribuo reports each fit at INFO; the CLI must print nothing unexpected. */
    static void quiet() {
        TRIBUO_LOGGER.setLevel(Level.WARNING);
        OLCUT_LOGGER.setLevel(Level.WARNING);
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
