package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractTableGeneratorTest {

    @Test
    void shippedFileIsWhatTheGeneratorMakesWithSeed42(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("subscriptions_contracts.csv");
        Generators.generate("contracts", 2000, 42, null, file, Progress.NONE);
        assertArrayEquals(EgovBehaviourGeneratorTest.shipped("subscriptions"), Files.readAllBytes(file));
        assertEquals(List.of(ContractTableGenerator.COLUMNS), TestFiles.header(file));
    }

    /**
     * The sBG story holds per plan: the share leaving in period 1 is the beta mean alpha / (alpha + beta), and of
     * those still there, fewer leave in period 2 (the likelier leavers went first).
     */
    @Test
    void firstPeriodChurnIsTheBetaMeanOfEachPlan(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("c.csv");
        ContractTableGenerator.write(file, 40_000, 7, Progress.NONE);
        for (String plan : List.of("Basic", "Premium")) {
            double[] ab = plan.equals("Basic") ? ContractTableGenerator.BASIC : ContractTableGenerator.PREMIUM;
            long atRisk = 0;
            long leftFirst = 0;
            long atRiskSecond = 0;
            long leftSecond = 0;
            for (CSVRecord r : TestFiles.records(file)) {
                if (!r.get("plan").equals(plan)) {
                    continue;
                }
                int tenure = Integer.parseInt(r.get("tenure"));
                boolean churned = r.get("churned").equals("yes");
                assertTrue(tenure >= 1 && tenure <= ContractTableGenerator.PERIODS, r.toString());
                atRisk++;
                if (tenure == 1 && churned) {
                    leftFirst++;
                }
                if (tenure >= 2) {
                    atRiskSecond++;
                    if (tenure == 2 && churned) {
                        leftSecond++;
                    }
                }
                double fee = Double.parseDouble(r.get("monthly_fee"));
                double base = plan.equals("Basic") ? 9.99 : 24.99;
                assertTrue(fee == base || Math.abs(fee - Math.round(base * 80) / 100.0) < 1e-9, r.toString());
            }
            double mean = ab[0] / (ab[0] + ab[1]);
            double share = (double) leftFirst / atRisk;
            assertEquals(mean, share, 4 * Math.sqrt(mean * (1 - mean) / atRisk), plan);
            // P(T = 2 | T > 1) = beta / (alpha + beta + 1) * ... falls below the first period's churn.
            double second = (double) leftSecond / atRiskSecond;
            double expected = ab[0] / (ab[0] + ab[1] + 1);
            assertEquals(expected, second, 5 * Math.sqrt(expected * (1 - expected) / atRiskSecond), plan);
            assertTrue(second < share, plan);
        }
    }
}
