package org.clientele.core.predict;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeakageGuardTest {

    private static final List<String> NAMES = List.of("frequency", "leaky_copy", "exp_of_target", "average_order_value");

    private final double[][] rows = new double[300][4];
    private final double[] y = new double[300];

    LeakageGuardTest() {
        Random r = new Random(5);
        for (int i = 0; i < rows.length; i++) {
            y[i] = r.nextGaussian() * 10 + 50;
            rows[i][0] = r.nextGaussian();                        // unrelated
            rows[i][1] = 2 * y[i] + r.nextGaussian() * 0.5;       // linear copy: Pearson ≈ 1
            rows[i][2] = Math.exp(y[i] / 10);                     // monotone: Spearman = 1
            rows[i][3] = 0.3 * y[i] + r.nextGaussian() * 20;      // weak, but same money family
        }
    }

    @Test
    void excludesFeaturesThatAreNearlyTheTarget() {
        LeakageGuard.Outcome o = LeakageGuard.check("total_spend", NAMES, rows, y, 0.95, List.of());
        assertEquals(List.of("frequency"), o.kept());
        List<String> excluded = o.excluded().stream().map(Exclusion::feature).toList();
        assertEquals(List.of("leaky_copy", "exp_of_target", "average_order_value"), excluded);
        assertTrue(o.excluded().get(0).reason().contains("Pearson"));
        assertTrue(o.excluded().get(2).reason().contains("same spend"));
    }

    @Test
    void theUserCanKeepAFeature() {
        LeakageGuard.Outcome o = LeakageGuard.check("total_spend", NAMES, rows, y, 0.95, List.of("leaky_copy"));
        assertTrue(o.kept().contains("leaky_copy"));
    }

    @Test
    void nameFamilyOnlyAppliesToMoneyTargets() {
        LeakageGuard.Outcome o = LeakageGuard.check("loyalty_score", NAMES, rows, y, 0.95, List.of());
        assertTrue(o.kept().contains("average_order_value"));
        assertTrue(LeakageGuard.inMoneyFamily("monetary"));
        assertTrue(LeakageGuard.inMoneyFamily("totalSpend"));
        assertTrue(!LeakageGuard.inMoneyFamily("purchase_frequency"));
    }

    @Test
    void whenEveryFeatureTracksTheTargetTheyAreKeptWithAWarning() {
        double[][] two = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            two[i] = new double[]{rows[i][1], rows[i][2]};
        }
        LeakageGuard.Outcome o = LeakageGuard.check("score", List.of("leaky_copy", "exp_of_target"), two, y, 0.95,
                List.of());
        assertEquals(List.of("leaky_copy", "exp_of_target"), o.kept());
        assertTrue(o.excluded().isEmpty());
        assertEquals(2, o.warnings().size());
    }
}
