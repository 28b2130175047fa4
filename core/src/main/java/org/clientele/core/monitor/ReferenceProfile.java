package org.clientele.core.monitor;

import com.fasterxml.jackson.core.JacksonException;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the training customers looked like to the model, saved beside it as {@code reference.json}: bins and
 * shares of every feature and of the predictions, segment shares, the spread of confidence and the share
 * of rows flagged as unlike the training data. Later files are compared with it.
 *
 * @param segmentShares       per class of a segment classifier, in class order; null for a regressor
 * @param confidence          shares of the classifier's top probability in ten bins of width 0.1; null for a regressor
 * @param meanConfidence    the classifier's mean top probability; NaN for a regressor
 * @param predictions         bins of the predicted value of a regressor; null for a classifier
 * @param outOfDistribution   share of training rows flagged as out of distribution (NaN when not computed)
 */
public record ReferenceProfile(int formatVersion, String task, int rows, List<Bins> features,
                               List<String> classNames, List<String> segmentNames, double[] segmentShares,
                               double[] confidence, double meanConfidence, Bins predictions,
                               double outOfDistribution) {

    public static final String FILE = "reference.json";
    static final int FORMAT_VERSION = 1;

    public ReferenceProfile {
        features = List.copyOf(features);
    }

    public void save(Path modelDir) {
        Json.write(modelDir.resolve(FILE), this);
    }

    /** The reference of a saved model; a clear error when the model was saved without one. */
    public static ReferenceProfile read(Path modelDir) {
        Path file = modelDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file, 0, null, "the model folder has no reference of its training data",
                    "Train the model again with this version; it records the reference monitoring compares with");
        }
        try {
            ReferenceProfile p = Json.mapper().readValue(file.toFile(), ReferenceProfile.class);
            if (p.formatVersion() > FORMAT_VERSION) {
                throw new DataFileException(file, 0, null, "was written by a newer version (format "
                        + p.formatVersion() + ")", "Monitor with the version that trained the model");
            }
            return p;
        } catch (JacksonException e) {
            throw new DataFileException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    "is not a valid reference file: " + e.getOriginalMessage(), "Train the model again", e);
        } catch (IOException e) {
            throw new DataFileException(file, 0, null, "cannot be read: " + e.getMessage(), "Check the model folder", e);
        }
    }

    /** Ten bins of width 0.1 over [0, 1]; a top probability of exactly 1 goes to the last. */
    static double[] confidenceShares(double[] confidence) {
        double[] shares = new double[10];
        for (double c : confidence) {
            shares[Math.min(9, Math.max(0, (int) Math.floor(c * 10)))] += 1.0 / confidence.length;
        }
        return shares;
    }
}
