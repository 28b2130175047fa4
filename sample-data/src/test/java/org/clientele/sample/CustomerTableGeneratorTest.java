package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerTableGeneratorTest {

    @Test
    void shippedFileIsWhatTheGeneratorMakesWithSeed42(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("customers_demographics.csv");
        CustomerTableGenerator.write(file, 1000, 42, Progress.NONE);
        assertArrayEquals(EgovBehaviourGeneratorTest.shipped("customers-demographics"), Files.readAllBytes(file));
        assertEquals(List.of(CustomerTableGenerator.COLUMNS), TestFiles.header(file));
        assertEquals(1000, TestFiles.records(file).size());
    }

    /** The stated formulas hold: spend over its deterministic part has the log-normal noise's mean. */
    @Test
    void spendFollowsTheStatedFormula(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("c.csv");
        int n = 20_000;
        CustomerTableGenerator.write(file, n, 5, Progress.NONE);
        double ratioSum = 0;
        Map<String, Integer> regions = new HashMap<>();
        for (CSVRecord r : TestFiles.records(file)) {
            int age = Integer.parseInt(r.get("age"));
            long income = Long.parseLong(r.get("annual_income"));
            double loyalty = Double.parseDouble(r.get("loyalty_score"));
            int frequency = Integer.parseInt(r.get("purchase_frequency"));
            long amount = Long.parseLong(r.get("purchase_amount"));
            assertTrue(age >= 18 && age <= 75);
            assertTrue(loyalty >= 1 && loyalty <= 10);
            assertTrue(frequency >= 1);
            assertEquals(0, income % 500);
            ratioSum += amount / (0.004 * income + 18 * loyalty + 6 * frequency);
            regions.merge(r.get("region"), 1, Integer::sum);
        }
        // E[exp(0.12 Z)] = exp(0.12^2 / 2) = 1.0072
        assertEquals(Math.exp(0.0072), ratioSum / n, 0.005);
        assertEquals(0.10, regions.get("East") / (double) n, 0.01);
        assertEquals(0.32, regions.get("North") / (double) n, 0.015);
    }
}
