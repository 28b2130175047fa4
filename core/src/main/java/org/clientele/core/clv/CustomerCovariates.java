package org.clientele.core.clv;

import java.util.List;
import java.util.Map;

/**
 * Time-invariant covariates per customer: for each customer the raw values of {@code columns} (null when
 * missing). {@code source} says where the values came from (e.g. the first purchase's row).
 */
public record CustomerCovariates(List<String> columns, Map<String, String[]> values, String source,
                                 List<String> warnings) {

    public CustomerCovariates {
        columns = List.copyOf(columns);
        warnings = List.copyOf(warnings);
    }
}
