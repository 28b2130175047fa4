package org.clientele.core.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows a model learns from: numeric features (NaN = missing, untransformed) and a target, either
 * numeric ({@code yNumeric}, regression) or a class index into {@code classNames} ({@code yClass}).
 * Transforms are fitted later, on training rows only, so this record holds original units.
 *
 * @param x rows × features
 */
public record ModelingData(List<String> rowIds, List<String> featureNames, double[][] x,
                           double[] yNumeric, int[] yClass, List<String> classNames) {

    public ModelingData {
        Objects.requireNonNull(x, "x");
        featureNames = List.copyOf(featureNames);
        int n = x.length;
        if (rowIds == null) {
            List<String> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(Integer.toString(i + 1));
            }
            rowIds = ids;
        }
        rowIds = List.copyOf(rowIds);
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        if (rowIds.size() != n) {
            throw new IllegalArgumentException("rowIds has " + rowIds.size() + " entries for " + n + " rows");
        }
        for (double[] row : x) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " values for "
                        + featureNames.size() + " features");
            }
        }
        if (yNumeric != null && yNumeric.length != n) {
            throw new IllegalArgumentException("yNumeric has " + yNumeric.length + " values for " + n + " rows");
        }
        if (yClass != null) {
            if (yClass.length != n) {
                throw new IllegalArgumentException("yClass has " + yClass.length + " values for " + n + " rows");
            }
            for (int c : yClass) {
                if (c < 0 || c >= classNames.size()) {
                    throw new IllegalArgumentException("class index " + c + " has no name in classNames");
                }
            }
        }
    }

    /** A regression data set. */
    public static ModelingData regression(List<String> rowIds, List<String> featureNames, double[][] x, double[] y) {
        return new ModelingData(rowIds, featureNames, x, y, null, null);
    }

    /** A classification data set; {@code y[i]} indexes {@code classNames}. */
    public static ModelingData classification(List<String> rowIds, List<String> featureNames, double[][] x,
                                              int[] y, List<String> classNames) {
        return new ModelingData(rowIds, featureNames, x, null, y, classNames);
    }

    public int rowCount() {
        return x.length;
    }

    public int featureCount() {
        return featureNames.size();
    }

    /** The given rows, in the given order (copies of the arrays, so callers cannot alias the source). */
    public ModelingData rows(int[] indices) {
        List<String> ids = new ArrayList<>(indices.length);
        double[][] sx = new double[indices.length][];
        double[] sy = yNumeric == null ? null : new double[indices.length];
        int[] sc = yClass == null ? null : new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            ids.add(rowIds.get(i));
            sx[k] = x[i].clone();
            if (sy != null) {
                sy[k] = yNumeric[i];
            }
            if (sc != null) {
                sc[k] = yClass[i];
            }
        }
        return new ModelingData(ids, featureNames, sx, sy, sc, classNames);
    }

    /** The same rows with only the named features, in the given order. */
    public ModelingData selectFeatures(List<String> keep) {
        int[] cols = new int[keep.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = featureNames.indexOf(keep.get(j));
            if (cols[j] < 0) {
                throw new IllegalArgumentException("no feature named '" + keep.get(j) + "'");
            }
        }
        double[][] sx = new double[x.length][cols.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                sx[i][j] = x[i][cols[j]];
            }
        }
        return new ModelingData(rowIds, keep, sx, yNumeric, yClass, classNames);
    }

    /** One feature's values over all rows. */
    public double[] column(int feature) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i][feature];
        }
        return c;
    }
}
