package org.clientele.core.neural;

import org.clientele.core.predict.FittedRegressor;
import org.clientele.core.predict.RegressionCandidate;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The neural network as one more model in the regression comparison ({@code dnn}). It is scale-sensitive,
 * so it gets the input transform chosen by cross-validation like the linear models, and it sees only the
 * rows of the split it is fitted on: a seeded small search over learning rate, width multiplier and dropout
 * trains each setting on the same inner training/validation split of those rows (the split early stopping
 * uses) and keeps the network with the lowest validation loss. The defaults (0.001, 1, 0.3) are always among
 * the settings tried. Progress is reported per epoch and cancelling stops training between epochs.
 * <p>
 * Nothing here touches TensorFlow: its classes load when the first network is trained.
 */
public final class DnnRegressionCandidate implements RegressionCandidate {

    /** The grid the search draws from. */
    static final double[] LEARNING_RATES = {1e-3, 3e-3};
    static final double[] WIDTHS = {0.5, 1.0};
    static final double[] DROPOUTS = {0.1, 0.3};

    private final String name;
    private final NetworkSettings base;
    private final int draws;
    private final Progress progress;

    /**
     * @param draws    settings tried per fit (4 by default; 1 = the defaults only)
     * @param progress receives a message per epoch and is asked between epochs whether to stop
     */
    public DnnRegressionCandidate(String name, NetworkSettings base, int draws, Progress progress) {
        if (draws < 1) {
            throw new IllegalArgumentException("at least one setting must be tried");
        }
        this.name = name;
        this.base = base;
        this.draws = draws;
        this.progress = progress;
    }

    @Override
    public String name() {
        return name;
    }

    /** The settings tried for {@code seed}: the defaults first, then seeded draws from the grid without repeats. */
    List<NetworkSettings> searchSpace(long seed) {
        List<NetworkSettings> grid = new ArrayList<>();
        for (double lr : LEARNING_RATES) {
            for (double w : WIDTHS) {
                for (double d : DROPOUTS) {
                    NetworkSettings s = base.tuned(lr, w, d);
                    if (!(lr == base.learningRate() && w == base.widthMultiplier() && d == base.dropout())) {
                        grid.add(s);
                    }
                }
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = grid.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            NetworkSettings t = grid.get(i);
            grid.set(i, grid.get(j));
            grid.set(j, t);
        }
        List<NetworkSettings> out = new ArrayList<>();
        out.add(base);
        out.addAll(grid.subList(0, Math.min(grid.size(), draws - 1)));
        return out;
    }

    @Override
    public FittedRegressor fit(List<String> featureNames, double[][] x, double[] y, long seed) {
        NeuralRegressor best = null;
        List<NetworkSettings> space = searchSpace(seed);
        for (int k = 0; k < space.size(); k++) {
            progress.checkCancelled();
            NeuralRegressor r = NeuralRegressor.fit(featureNames, x, y, space.get(k), seed, progress,
                    String.format(Locale.ROOT, "%s setting %d/%d (%d rows)", name, k + 1, space.size(), x.length));
            if (best == null || r.validationLoss() < best.validationLoss()) {
                best = r;
            }
        }
        return new Searched(best, space.size());
    }

    /** The chosen network with how many settings were tried. */
    record Searched(NeuralRegressor model, int tried) implements FittedRegressor {
        @Override
        public double[] predict(double[][] rows) {
            return model.predict(rows);
        }

        @Override
        public String settings() {
            String onednn = System.getenv("TF_ENABLE_ONEDNN_OPTS");
            return model.settings() + String.format(Locale.ROOT, "; best of %d settings by validation loss", tried)
                    + ("0".equals(onednn) ? "" : "; oneDNN on (TF_ENABLE_ONEDNN_OPTS unset): not bit-reproducible");
        }

        @Override
        public FittedRegressor unwrap() {
            return model;
        }
    }
}
