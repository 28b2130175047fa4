package org.clientele.core.clv;

/** How the CLV CSVs write numbers: empty for undefined, integers without a decimal point. */
final class Cells {

    private Cells() {
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
