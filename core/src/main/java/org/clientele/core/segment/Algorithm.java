package org.clientele.core.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Clustering algorithms the segmenter offers. Each one that sweeps k names how its own options are
 * built from the run's settings; everything else (sweep, gap, bootstrap, consensus) goes through them.
 */
public enum Algorithm {
    KMEANS("k-means", "k-means", o -> new KMeansOptions(o.restarts())),
    GMM("Gaussian mixture", "Gaussian mixture", o -> new GmmOptions(o.restarts(), GmmOptions.FIT_LIMIT)),
    WARD("Ward", "Ward (hierarchical)", o -> new WardOptions(WardOptions.FIT_LIMIT)),
    HDBSCAN("HDBSCAN", "HDBSCAN (density)", null),
    CONSENSUS("Consensus", "Consensus (k-means + GMM + Ward)", o -> new ConsensusOptions(
            new KMeansOptions(o.restarts()), new GmmOptions(o.restarts(), GmmOptions.FIT_LIMIT),
            new WardOptions(WardOptions.FIT_LIMIT)));

    private final String shortName;
    private final String longName;
    private final Function<SegmentOptions, ClustererOptions> options;

    Algorithm(String shortName, String longName, Function<SegmentOptions, ClustererOptions> options) {
        this.shortName = shortName;
        this.longName = longName;
        this.options = options;
    }

    /** The name a reader sees in summaries ("k-means", "Gaussian mixture", ...). */
    public String displayName() {
        return shortName;
    }

    /** The name in a list of choices, with what kind of method it is. */
    public String choiceName() {
        return longName;
    }

    /** The lower-case name used on the command line and in JSON ("kmeans", "gmm", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the algorithm fits a given k (and k is chosen by a sweep); false when it finds k itself. */
    public boolean sweepsK() {
        return options != null;
    }

    /** This algorithm's own settings, taken from the run's. */
    ClustererOptions options(SegmentOptions o) {
        if (options == null) {
            throw new IllegalArgumentException(label() + " does not fit a given k");
        }
        return options.apply(o);
    }

    /** Parses a label case-insensitively; throws IllegalArgumentException naming the choices. */
    public static Algorithm parse(String text) {
        for (Algorithm a : values()) {
            if (a.label().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + text + "': use "
                + Arrays.stream(values()).map(Algorithm::label).collect(Collectors.joining(", ")));
    }
}
