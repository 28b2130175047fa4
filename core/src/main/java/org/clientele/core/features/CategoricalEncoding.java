package org.clientele.core.features;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.clientele.core.io.Json;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One-hot encoding of categorical columns, fitted once and replayed on new rows (and saved as JSON).
 * For models ({@code dropReference}) each column becomes one 0/1 indicator per level except its most
 * common one, the reference that the intercept stands for, so least squares sees no exactly collinear
 * columns; for segmentation every level gets an indicator. Rare levels are pooled into "other" and a level
 * never seen in training reads as "other" (see {@link CategoricalLevels}), so new rows never fail.
 *
 * @param columns        one entry per encoded column, in order
 * @param dropReference  leave out each column's most common level
 */
public record CategoricalEncoding(List<CategoricalLevels> columns, boolean dropReference) {

    public CategoricalEncoding {
        columns = List.copyOf(columns);
    }

    /**
     * Learns the levels of each column; a column left with a single level (constant) is not encoded.
     *
     * @param values {@code values.get(c)[row]}, null = missing
     */
    public static CategoricalEncoding fit(List<String> names, List<String[]> values, boolean dropReference) {
        List<CategoricalLevels> out = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            CategoricalLevels levels = CategoricalLevels.fit(names.get(c), values.get(c));
            if (levels.levels().size() >= 2) {
                out.add(levels);
            }
        }
        return new CategoricalEncoding(out, dropReference);
    }

    /** Names of the encoded source columns. */
    @JsonIgnore
    public List<String> columnNames() {
        return columns.stream().map(CategoricalLevels::column).toList();
    }

    /** The levels of {@code column}, or null when it is not encoded. */
    public CategoricalLevels levels(String column) {
        return columns.stream().filter(c -> c.column().equals(column)).findFirst().orElse(null);
    }

    /** The levels of a column that get an indicator. */
    public List<String> indicatorLevels(CategoricalLevels c) {
        return dropReference ? c.levels().subList(1, c.levels().size()) : c.levels();
    }

    /** Indicator column names, {@code column=level}, column by column. */
    @JsonIgnore
    public List<String> indicatorNames() {
        List<String> out = new ArrayList<>();
        for (CategoricalLevels c : columns) {
            for (String level : indicatorLevels(c)) {
                out.add(c.indicator(level));
            }
        }
        return out;
    }

    /**
     * The indicator columns of raw values, {@code result[indicator][row]} in {@link #indicatorNames()} order.
     *
     * @param values raw values by column name ({@code values.get(column)[row]}); an absent column leaves its
     *               indicators at 0, i.e. the reference level
     */
    public double[][] indicators(Map<String, String[]> values, int rows) {
        double[][] out = new double[indicatorNames().size()][rows];
        int at = 0;
        for (CategoricalLevels c : columns) {
            List<String> levels = indicatorLevels(c);
            String[] raw = values.get(c.column());
            if (raw != null) {
                for (int r = 0; r < rows; r++) {
                    String level = c.levelOf(raw[r]);
                    // An unseen value without an "other" level has no indicator: it reads as the reference.
                    int j = level == null ? -1 : levels.indexOf(level);
                    if (j >= 0) {
                        out[at + j][r] = 1;
                    }
                }
            }
            at += levels.size();
        }
        return out;
    }

    /** Indicator values of one row given its level per column (absent = reference / no level). */
    public Map<String, Double> indicatorValues(Map<String, String> chosen) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (CategoricalLevels c : columns) {
            String level = c.levelOf(chosen.get(c.column()));
            for (String l : indicatorLevels(c)) {
                out.put(c.indicator(l), l.equals(level) ? 1.0 : 0.0);
            }
        }
        return out;
    }

    /** How many of {@code raw} are values training never saw, per column with any. */
    public Map<String, Integer> unseenCounts(Map<String, String[]> values) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (CategoricalLevels c : columns) {
            String[] raw = values.get(c.column());
            if (raw == null) {
                continue;
            }
            int n = 0;
            for (String v : raw) {
                n += c.unseen(v) ? 1 : 0;
            }
            if (n > 0) {
                out.put(c.column(), n);
            }
        }
        return out;
    }

    /** One line per column: its levels and what was pooled. */
    @JsonIgnore
    public List<String> steps() {
        List<String> out = new ArrayList<>();
        for (CategoricalLevels c : columns) {
            out.add("one-hot(" + c.describe() + ")" + (dropReference ? ", reference " + c.levels().get(0) : ""));
        }
        return out;
    }

    public String toJson() {
        return Json.write(this);
    }

    public static CategoricalEncoding fromJson(String json) {
        try {
            return Json.mapper().readValue(json, CategoricalEncoding.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
