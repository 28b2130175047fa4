package org.clientele.core.project;

import org.clientele.core.predict.ModelBundle;

import java.nio.file.Path;

/**
 * A project file read back: its settings, and its models unpacked under {@code modelsDir}.
 */
public record OpenedProject(Path file, Project project, Path modelsDir) {

    public ModelBundle model(String name) {
        return ModelBundle.load(modelDir(name));
    }

    public Path modelDir(String name) {
        if (!project.models().contains(name)) {
            throw new IllegalArgumentException("no model '" + name + "' in " + file);
        }
        return modelsDir.resolve(name);
    }
}
