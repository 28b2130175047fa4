package org.clientele.core.predict;

import java.util.List;

/** One classifier family to compare; {@link #fit} sees only the (transformed) rows it may learn from. */
public interface ClassifierCandidate {

    String name();

    /** @param y class indices into {@code classNames} */
    FittedClassifier fit(List<String> featureNames, double[][] x, int[] y, List<String> classNames, long seed);
}
