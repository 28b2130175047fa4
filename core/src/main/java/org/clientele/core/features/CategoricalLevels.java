package org.clientele.core.features;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The levels of one categorical column as learned from training rows: kept levels by decreasing
 * frequency (the first is the most common), rare ones (share below {@link #RARE_SHARE}, or beyond
 * {@link #MAX_LEVELS}) pooled into {@link #OTHER}, and each kept level's training share. A missing value
 * is the level {@link #MISSING}; a value never seen in training reads as {@link #OTHER} when there is an
 * "other" level, else as no level at all (every indicator 0).
 *
 * @param column  column name
 * @param levels  kept levels, most common first, {@link #OTHER} last when rare levels were pooled
 * @param shares  training share of each level (same order)
 * @param pooledValues the distinct training values that went into {@link #OTHER} (so they are not reported as
 *                     unseen later)
 */
public record CategoricalLevels(String column, List<String> levels, double[] shares, List<String> pooledValues) {

    /**
     * How much a categorical column weighs in segmentation against one standardized numeric column: its
     * indicators together have standard deviation 0.5. Huang (1998, k-prototypes) puts the categorical weight
     * between 1/3 and 2/3 of the numeric columns' spread; at 1 a two-level column such as gender splits the
     * customers before any behaviour does (measured on Mall_Customers: every segment one gender, k doubled).
     */
    public static final double WEIGHT = 0.5;


    public static final String OTHER = "other";
    public static final String MISSING = "(missing)";
    /** Levels rarer than this share of the training rows are pooled. */
    public static final double RARE_SHARE = 0.01;
    /** At most this many named levels; the rest are pooled. */
    public static final int MAX_LEVELS = 20;

    public CategoricalLevels {
        levels = List.copyOf(levels);
        shares = shares.clone();
        pooledValues = pooledValues == null ? List.of() : List.copyOf(pooledValues);
        if (shares.length != levels.size()) {
            throw new IllegalArgumentException(levels.size() + " levels for " + shares.length + " shares");
        }
    }

    /** Learns the levels of {@code values} (null = missing). */
    public static CategoricalLevels fit(String column, String[] values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) {
            counts.merge(key(v), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        int n = Math.max(1, values.length);
        List<String> kept = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        int otherCount = 0;
        List<String> pooled = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byCount) {
            double share = e.getValue() / (double) n;
            if (share < RARE_SHARE || kept.size() >= MAX_LEVELS || e.getKey().equals(OTHER)) {
                otherCount += e.getValue();
                pooled.add(e.getKey());
            } else {
                kept.add(e.getKey());
                shares.add(share);
            }
        }
        if (otherCount > 0) {
            kept.add(OTHER);
            shares.add(otherCount / (double) n);
        }
        return new CategoricalLevels(column, kept, shares.stream().mapToDouble(Double::doubleValue).toArray(), pooled);
    }

    private static String key(String raw) {
        return raw == null || raw.isBlank() ? MISSING : raw.strip();
    }

    /** The level a raw value falls in, or null for a value never seen in training when there is no "other". */
    public String levelOf(String raw) {
        String k = key(raw);
        if (!k.equals(OTHER) && levels.contains(k)) {
            return k;
        }
        return hasOther() ? OTHER : null;
    }

    /** Whether {@code raw} is a value training never saw (it is then read as "other" or as no level). */
    public boolean unseen(String raw) {
        String k = key(raw);
        return !pooledValues.contains(k) && (k.equals(OTHER) || !levels.contains(k));
    }

    @JsonIgnore
    public boolean hasOther() {
        return !pooledValues.isEmpty();
    }

    /** How many distinct training values were pooled into {@link #OTHER}. */
    @JsonIgnore
    public int pooled() {
        return pooledValues.size();
    }

    /** Gini impurity 1 − Σ share²: the total variance of the column's 0/1 indicators. */
    @JsonIgnore
    public double impurity() {
        return 1 - Arrays.stream(shares).map(s -> s * s).sum();
    }

    /** The name of the indicator column of {@code level}: {@code column=level}. */
    public String indicator(String level) {
        return column + "=" + level;
    }

    /** "Education: 5 levels (Graduation 50%, PhD 22%, …), 2 rare pooled as other" */
    public String describe() {
        StringBuilder sb = new StringBuilder(column).append(": ").append(levels.size()).append(" levels (");
        for (int i = 0; i < levels.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(levels.get(i))
                    .append(String.format(Locale.ROOT, shares[i] < 0.01 ? " %.1f%%" : " %.0f%%", 100 * shares[i]));
        }
        sb.append(')');
        if (pooled() > 0) {
            sb.append(", ").append(pooled()).append(pooled() == 1 ? " rare value" : " rare values")
                    .append(" pooled as ").append(OTHER);
        }
        return sb.toString();
    }
}
