package org.clientele.core.segment.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code segments[]} in segments.json, written directly by Jackson: the contract's keys
 * ({@code id, name, size, share, means, description, action}) first, then extras. {@code name} is what the
 * user sees (their own name when set); {@code generatedName} and {@code customName} keep both.
 * {@code revenueShare} is NaN (written as null) when no spend column is known. {@code composition} gives,
 * per categorical column, each level's share of the segment ({@code {"Marital_Status": {"Married": 0.72, …}}}).
 */
public record SegmentEntry(int id, String name, int size, double share, Map<String, Double> means,
                           String description, String action, String generatedName, String customName,
                           double revenueShare, Map<String, Double> medians, List<Distinction> distinguishing,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY)
                           Map<String, Map<String, Double>> composition) {

    /** An entry without categorical columns. */
    public SegmentEntry(int id, String name, int size, double share, Map<String, Double> means, String description,
                        String action, String generatedName, String customName, double revenueShare,
                        Map<String, Double> medians, List<Distinction> distinguishing) {
        this(id, name, size, share, means, description, action, generatedName, customName, revenueShare, medians,
                distinguishing, Map.of());
    }

    public SegmentEntry {
        composition = composition == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(composition));
        // insertion-ordered copies: the JSON lists features in the table's order (Map.copyOf would not)
        means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
        medians = Collections.unmodifiableMap(new LinkedHashMap<>(medians));
        distinguishing = List.copyOf(distinguishing);
    }
}
