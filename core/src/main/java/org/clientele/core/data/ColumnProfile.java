package org.clientele.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * Summary of one column over the whole file. {@code std} is the population standard deviation.
 * {@code distinct} is exact unless {@code distinctCapped}, in which case there are at least that many (the
 * cap shares a budget of a million counted values across columns, at most 100,000 per column); the
 * top values are then counted among the values seen before the cap.
 * Quantiles are estimated from a uniform reservoir sample (exact up to 10,000 values).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnProfile(String name, ColumnType type, ColumnRole role, long missing, long distinct,
                            boolean distinctCapped, Double mean, Double std, Double min, Double max,
                            Map<String, Double> quantiles, List<ValueCount> topValues, List<String> warnings) {
}
