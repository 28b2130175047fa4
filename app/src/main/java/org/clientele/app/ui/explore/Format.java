package org.clientele.app.ui.explore;

/** Numbers as the Explore tab prints them: grouped, with as many decimals as their size needs. */
final class Format {

    private Format() {
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e9 || a < 1e-3) {
            return String.format("%.3g", v);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format("%,.0f", v);
        }
        return a >= 1 ? String.format("%,.2f", v) : String.format("%.3f", v);
    }

    static String money(double v) {
        return Double.isNaN(v) ? "–" : String.format("%,.2f", v);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format("%.1f%%", 100 * share);
    }
}
