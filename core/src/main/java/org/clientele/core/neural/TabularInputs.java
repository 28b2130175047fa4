package org.clientele.core.neural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a network reads a transformed row: plain numeric inputs, and categorical columns with many levels
 * looked up in a learned embedding table instead of fed as one-hot indicators (Guo &amp; Berkhahn 2016,
 * "Entity Embeddings of Categorical Variables"). The prediction engine hands every model the one-hot
 * indicators {@code column=level} (the most common level left out as the reference); this class groups
 * them back by column. An indicator is "on" when its transformed value is above 0: a z-scored 0/1 column
 * is negative for 0 and positive for 1, a raw or log1p one is 0 or positive. Level 0 is the reference.
 *
 * @param names    the transformed columns the network was trained on
 * @param numeric  indices of the columns fed as numbers
 * @param embedded categorical columns fed through embeddings
 */
public record TabularInputs(List<String> names, int[] numeric, List<EmbeddedColumn> embedded) {

    /**
     * One categorical column read through an embedding.
     *
     * @param indicators the indices of its indicator columns, level 1, 2, ... in order
     * @param dimension  length of each level's vector: min(8, ⌈levels / 2⌉)
     */
    public record EmbeddedColumn(String column, int[] indicators, int dimension) {

        /** Levels including the reference. */
        public int levels() {
            return indicators.length + 1;
        }

        int level(double[] row) {
            for (int j = 0; j < indicators.length; j++) {
                if (row[indicators[j]] > 0) {
                    return j + 1;
                }
            }
            return 0;
        }
    }

    public TabularInputs {
        names = List.copyOf(names);
        embedded = List.copyOf(embedded);
    }

    /** Groups indicator columns of columns with at least {@code minLevels} levels into embeddings. */
    public static TabularInputs of(List<String> names, int minLevels) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            int eq = n.indexOf('=');
            if (eq > 0 && !n.startsWith("log1p(")) {
                groups.computeIfAbsent(n.substring(0, eq), k -> new ArrayList<>()).add(j);
            }
        }
        List<EmbeddedColumn> embedded = new ArrayList<>();
        boolean[] taken = new boolean[names.size()];
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int levels = g.getValue().size() + 1;
            if (levels >= minLevels) {
                int[] idx = g.getValue().stream().mapToInt(Integer::intValue).toArray();
                embedded.add(new EmbeddedColumn(g.getKey(), idx, Math.min(8, (levels + 1) / 2)));
                for (int j : idx) {
                    taken[j] = true;
                }
            }
        }
        // With the "both" input transform a rare level also comes as log1p(column=level): the embedding has it.
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            if (n.startsWith("log1p(") && n.endsWith(")")) {
                int k = names.indexOf(n.substring(6, n.length() - 1));
                if (k >= 0 && taken[k]) {
                    taken[j] = true;
                }
            }
        }
        int[] numeric = java.util.stream.IntStream.range(0, names.size()).filter(j -> !taken[j]).toArray();
        return new TabularInputs(names, numeric, embedded);
    }

    /** The numeric inputs of each row, as floats. */
    public float[][] numericPart(double[][] rows) {
        float[][] out = new float[rows.length][numeric.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < numeric.length; j++) {
                double v = rows[i][numeric[j]];
                out[i][j] = Double.isFinite(v) ? (float) v : 0f;
            }
        }
        return out;
    }

    /** {@code result[column][row]}: the level index of each embedded column. */
    public int[][] levels(double[][] rows) {
        int[][] out = new int[embedded.size()][rows.length];
        for (int c = 0; c < embedded.size(); c++) {
            for (int i = 0; i < rows.length; i++) {
                out[c][i] = embedded.get(c).level(rows[i]);
            }
        }
        return out;
    }
}
