package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** Everything a segment-classifier comparison found; {@code report} is models.json, {@code bundle()} the best model. */
public record ClassificationResult(ModelsReport report, List<ClassifierScore> scores,
                                   @JsonIgnore ClassifierPipeline bestPipeline, List<String> segmentNames,
                                   @JsonIgnore SegmentDistance segmentDistance) {

    /** The best model ready to save; fails for a model that cannot be saved (only Tribuo ones can). */
    public ModelBundle bundle() {
        return ModelBundle.classification(report, bestPipeline, segmentNames, segmentDistance);
    }

    public String best() {
        return report.best();
    }

    public ClassifierScore score(String name) {
        return scores.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named " + name));
    }
}
