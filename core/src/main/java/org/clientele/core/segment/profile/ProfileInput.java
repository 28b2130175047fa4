package org.clientele.core.segment.profile;

import java.util.List;
import java.util.Objects;

/**
 * What a segmentation is explained from: features in original units as {@code columns[feature][row]}
 * (NaN = missing), one label per row (0..k−1, or −1 for an outlier, which is counted but not profiled),
 * the roles of the spend/recency/frequency columns, and the number of customers that shares refer to
 * (at least the number of rows; larger when some customers were left out before segmenting).
 */
public record ProfileInput(List<String> names, double[][] columns, int[] labels, FeatureRoles roles,
                           int totalCustomers) {

    public ProfileInput {
        names = List.copyOf(names);
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(labels, "labels");
        roles = roles == null ? FeatureRoles.NONE : roles;
        if (columns.length != names.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + columns.length + " columns");
        }
        for (int f = 0; f < columns.length; f++) {
            if (columns[f].length != labels.length) {
                throw new IllegalArgumentException("column '" + names.get(f) + "' has " + columns[f].length
                        + " rows but there are " + labels.length + " labels");
            }
        }
        for (int label : labels) {
            if (label < -1) {
                throw new IllegalArgumentException("segment labels must be -1 (outlier) or 0..k-1, got " + label);
            }
        }
        for (String role : new String[] {roles.monetary(), roles.recency(), roles.frequency()}) {
            if (role != null && !names.contains(role)) {
                throw new IllegalArgumentException("role column '" + role + "' is not among the features " + names);
            }
        }
        if (totalCustomers < labels.length) {
            throw new IllegalArgumentException("totalCustomers " + totalCustomers + " < rows " + labels.length);
        }
    }

    /** Roles detected from the names (and the column vocabulary), every row a customer; constant columns hold none. */
    public static ProfileInput of(List<String> names, double[][] columns, int[] labels) {
        FeatureRoles roles = ColumnVocabulary.defaults().roles(names)
                .withoutConstant(name -> columns[names.indexOf(name)]);
        return new ProfileInput(names, columns, labels, roles, labels.length);
    }

    public int featureCount() {
        return names.size();
    }

    public int featureIndex(String name) {
        return names.indexOf(name);
    }
}
