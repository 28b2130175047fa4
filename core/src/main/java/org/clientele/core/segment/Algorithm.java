package org.clientele.core.segment;

import java.util.Locale;

/** Clustering algorithms the segmenter offers. */
public enum Algorithm {
    KMEANS, GMM, WARD, HDBSCAN;

    /** The lower-case name used on the command line and in JSON ("kmeans", "gmm", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label case-insensitively; throws IllegalArgumentException naming the choices. */
    public static Algorithm parse(String text) {
        for (Algorithm a : values()) {
            if (a.label().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + text + "': use kmeans, gmm, ward or hdbscan");
    }
}
