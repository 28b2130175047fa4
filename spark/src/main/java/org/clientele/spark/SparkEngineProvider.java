package org.clientele.spark;

import org.clientele.core.analysis.ScaleOutEngine;

/** Makes the Spark engine findable as {@code --engine spark} (listed in META-INF/services). */
public final class SparkEngineProvider implements ScaleOutEngine.Provider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public ScaleOutEngine open(String master) {
        return SparkEngine.start(master);
    }
}
