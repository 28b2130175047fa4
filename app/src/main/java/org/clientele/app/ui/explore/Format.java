package org.clientele.app.ui.explore;

/** Numbers as the Explore tab prints them: grouped, with as many decimals as their size needs. */
final class Format {

    private Format() {
    }

    static String number(double v) {
        return org.clientele.app.ui.common.PlainTicks.format(v);
    }

    static String money(double v) {
        return Double.isNaN(v) ? "–" : String.format("%,.2f", v);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format("%.1f%%", 100 * share);
    }

    /** Short enough for a heatmap cell: 950, 12k, 3.4M. */
    static String compact(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a < 1_000) {
            return String.format("%.0f", v);
        }
        if (a < 999_500) {
            return a < 9_950 ? String.format("%.1fk", v / 1e3) : String.format("%.0fk", v / 1e3);
        }
        return a < 9_950_000 ? String.format("%.1fM", v / 1e6) : String.format("%.0fM", v / 1e6);
    }
}
