package org.clientele.core.data;

import org.clientele.core.io.Json;

import java.nio.file.Path;
import java.util.List;

/** A whole file's profile; serialises to the contract's profile.json. */
public record DataProfile(String file, String format, long rows, DataKind kind, List<ColumnProfile> columns,
                          List<String> warnings) {

    public DataProfile {
        columns = List.copyOf(columns);
        warnings = List.copyOf(warnings);
    }

    public ColumnProfile column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Writes profile.json atomically. */
    public void writeJson(Path target) {
        Json.write(target, this);
    }
}
