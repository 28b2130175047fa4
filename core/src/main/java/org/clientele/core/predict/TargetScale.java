package org.clientele.core.predict;

/** The scale a regressor is trained on; predictions and metrics are always back in original units. */
public enum TargetScale {
    ORIGINAL,
    /** log(1 + y): tames right-skewed spend; only for targets that are all ≥ 0. */
    LOG1P;

    double forward(double y) {
        return this == LOG1P ? Math.log1p(y) : y;
    }

    double inverse(double v) {
        return this == LOG1P ? Math.expm1(v) : v;
    }

    double[] forward(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = forward(y[i]);
        }
        return out;
    }

    double[] inverse(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = inverse(v[i]);
        }
        return out;
    }
}
