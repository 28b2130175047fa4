package org.clientele.core.neural;

import org.clientele.core.predict.RegressionCandidate;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;

/**
 * The neural models by name, opt-in: {@code dnn} is not among the default models (training it costs minutes
 * and a TensorFlow native library of ~600 MB unpacked), so a comparison only trains it when asked for by name.
 */
public final class NeuralModels {

    public static final String DNN = "dnn";

    /** Every neural model name. */
    public static final List<String> ALL = List.of(DNN);

    /** Settings tried by the search of each fit. */
    public static final int SEARCH_DRAWS = 4;

    private NeuralModels() {
    }

    /** The built-in model names plus the neural ones, for option checks and help. */
    public static List<String> withBuiltIn(List<String> builtIn) {
        List<String> out = new ArrayList<>(builtIn);
        out.addAll(ALL);
        return List.copyOf(out);
    }

    /** The DNN candidate with the default settings, reporting epochs to {@code progress}. */
    public static RegressionCandidate dnn(Progress progress) {
        return new DnnRegressionCandidate(DNN, NetworkSettings.defaults(), SEARCH_DRAWS, progress);
    }

    /**
     * The options with every neural name in {@code models} moved to {@code extraCandidates} (in the order asked
     * for, after the built-in ones); options without a neural name are returned unchanged.
     */
    public static RegressionOptions resolve(RegressionOptions options, Progress progress) {
        List<String> builtIn = options.models().stream().filter(m -> !ALL.contains(m)).toList();
        if (builtIn.size() == options.models().size()) {
            return options;
        }
        List<RegressionCandidate> extra = new ArrayList<>(options.extraCandidates());
        extra.add(dnn(progress));
        return options.toBuilder().models(builtIn).extraCandidates(extra).build();
    }
}
