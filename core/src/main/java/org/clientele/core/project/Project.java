package org.clientele.core.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved analysis: everything that reproduces it from its data file. {@code project.json} inside a
 * {@code .clientele} file; the models it names are stored beside it in the same file.
 *
 * @param schemaVersion  the layout of this record; older layouts are migrated when read
 * @param segmentNames   names the user gave segments (segment id → name); the generated ones are not stored
 * @param models         names of the saved models (folders under {@code models/} in the file)
 */
public record Project(int schemaVersion, String appVersion, String saved, DataReference data, ReadSettings read,
                      SegmentSettings segmentation, Map<Integer, String> segmentNames, List<RoiScenario> roiScenarios,
                      List<String> models) {

    public static final int SCHEMA_VERSION = 1;

    public Project {
        segmentNames = segmentNames == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(segmentNames));
        roiScenarios = roiScenarios == null ? List.of() : List.copyOf(roiScenarios);
        models = models == null ? List.of() : List.copyOf(models);
        long distinct = roiScenarios.stream().map(r -> ProjectRunner.slug(r.name())).distinct().count();
        if (distinct < roiScenarios.size()) {
            throw new IllegalArgumentException("two campaign scenarios have the same name");
        }
    }
}
