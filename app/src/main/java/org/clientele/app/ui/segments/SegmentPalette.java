package org.clientele.app.ui.segments;

import javafx.scene.paint.Color;

/** One colour per segment, shared by the cards and the map; outliers grey. Colour-blind-safe (Okabe–Ito, Tableau). */
public final class SegmentPalette {

    private static final String[] COLORS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#332288", "#F0C000", "#882255", "#44AA99", "#999933", "#AA4499"};
    public static final String OUTLIER = "#9A9A9A";

    private SegmentPalette() {
    }

    /** The colour of segment {@code label} as a CSS hex string; -1 (outlier) is grey. */
    public static String hex(int label) {
        return label < 0 ? OUTLIER : COLORS[label % COLORS.length];
    }

    public static Color color(int label) {
        return Color.web(hex(label));
    }
}
