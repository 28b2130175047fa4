package org.clientele.core.stats;

import java.util.function.DoubleSupplier;

/**
 * Gamma(shape, 1) draws by Marsaglia &amp; Tsang (2000), "A simple method for generating gamma variables", from
 * whichever seeded source a caller has: it takes the source's uniform and standard normal draws, so the same
 * seed gives the same numbers as before, and no distribution object is made per draw.
 */
public final class GammaSampler {

    private GammaSampler() {
    }

    /** A shape below 1 is boosted: Gamma(a) = Gamma(a + 1) U^(1/a) (the paper's section 6). */
    public static double draw(double shape, DoubleSupplier uniform, DoubleSupplier gaussian) {
        if (shape < 1) {
            return draw(shape + 1, uniform, gaussian) * Math.pow(uniform.getAsDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = gaussian.getAsDouble();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = uniform.getAsDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
