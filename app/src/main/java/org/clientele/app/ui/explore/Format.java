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
}
