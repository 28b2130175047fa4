package org.clientele.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.DataFileException;
import org.clientele.core.io.Json;

import java.nio.file.Path;

/**
 * Reads {@code project.json} of any schema version this release knows. Each future change of layout adds
 * one step here that rewrites the JSON of version n into version n + 1, so old projects keep opening; a
 * project from a newer release is refused with a clear message rather than misread.
 */
final class ProjectMigrations {

    private ProjectMigrations() {
    }

    static Project read(Path file, JsonNode json) {
        JsonNode version = json.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw new DataFileException(file, 0, null, "has no valid schemaVersion in its project.json",
                    "Open a file saved by Clientele");
        }
        int v = version.asInt();
        if (v > Project.SCHEMA_VERSION) {
            throw new DataFileException(file, 0, null, "was saved by a newer Clientele (project format " + v
                    + "; this version reads up to " + Project.SCHEMA_VERSION + ")", "Open it with a newer Clientele");
        }
        try {
            return Json.mapper().treeToValue(json, Project.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new DataFileException(file, 0, null, "has a project.json this version cannot read ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", "Open a file saved by Clientele");
        }
    }
}
