package org.clientele.app.ui.models;

import java.util.Locale;

/** Numbers as the workbench shows them: a few significant digits, thousands separators, "–" for none. */
public final class Fmt {

    private Fmt() {
    }

    /** {@code v} with about {@code significant} significant digits; "–" for null, NaN or infinity. */
    public static String num(Double v, int significant) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        int decimals = a == 0 ? 0 : Math.max(0, significant - 1 - (int) Math.floor(Math.log10(a)));
        String text = String.format(Locale.ROOT, "%,." + Math.min(decimals, significant) + "f", v);
        return text.matches("-[0.,]+") ? text.substring(1) : text;
    }

    /** A share as a percentage with one decimal. */
    public static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** "mean ± std" with the given significant digits. */
    public static String meanStd(Double mean, Double std, int significant) {
        return num(mean, significant) + " ± " + num(std, significant);
    }
}
