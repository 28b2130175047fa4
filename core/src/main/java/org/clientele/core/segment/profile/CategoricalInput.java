package org.clientele.core.segment.profile;

import java.util.List;

/**
 * Categorical columns to profile beside the numeric ones: per column its level order and each row's level
 * (already pooled: rare values read as "other"; null = no level, left out of that column's counts).
 *
 * @param names  column names
 * @param levels per column, the levels in display order
 * @param values per column, {@code values.get(c)[row]}
 */
public record CategoricalInput(List<String> names, List<List<String>> levels, List<String[]> values) {

    public static final CategoricalInput NONE = new CategoricalInput(List.of(), List.of(), List.of());

    public CategoricalInput {
        names = List.copyOf(names);
        levels = levels.stream().map(List::copyOf).toList();
        values = List.copyOf(values);
        if (levels.size() != names.size() || values.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " names, " + levels.size() + " level lists, "
                    + values.size() + " value columns");
        }
    }
}
