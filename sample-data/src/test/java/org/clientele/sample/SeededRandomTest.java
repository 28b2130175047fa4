package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void matchesThePublishedSplitMix64Sequence() {
        // Reference output of splitmix64.c for seed 1234567 (as listed on Rosetta Code).
        SeededRandom random = new SeededRandom(1234567);
        long[] expected = {0x599ED017FB08FC85L, 0x2C73F08458540FA5L, 0x883EBCE5A3F27C77L, 0x3FBEF740E9177B3FL,
            0xE3B8346708CB5ECDL};
        long[] actual = new long[5];
        for (int i = 0; i < 5; i++) {
            actual[i] = random.nextLong();
        }
        assertArrayEquals(expected, actual);
    }

    @Test
    void gaussianHasUnitMomentsAndPoissonItsMean() {
        SeededRandom random = new SeededRandom(7);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        long poisson = 0;
        for (int i = 0; i < n; i++) {
            double g = random.nextGaussian();
            sum += g;
            sumSq += g * g;
            poisson += random.poisson(3.5);
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sumSq / n, 0.01);
        assertEquals(3.5, (double) poisson / n, 0.02);
    }

    @Test
    void nextIntStaysInBoundsAndCoversThem() {
        SeededRandom random = new SeededRandom(1);
        int[] seen = new int[7];
        for (int i = 0; i < 70_000; i++) {
            seen[random.nextInt(7)]++;
        }
        for (int count : seen) {
            assertEquals(10_000, count, 500);
        }
        assertThrows(IllegalArgumentException.class, () -> random.nextInt(0));
    }

    @Test
    void aliasTableDrawsInProportionToWeights() {
        double[] weights = {1, 0, 3, 6};
        AliasTable table = new AliasTable(weights);
        SeededRandom random = new SeededRandom(99);
        int[] counts = new int[weights.length];
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            counts[table.sample(random)]++;
        }
        assertEquals(0, counts[1]);
        assertEquals(0.1, counts[0] / (double) n, 0.005);
        assertEquals(0.3, counts[2] / (double) n, 0.005);
        assertEquals(0.6, counts[3] / (double) n, 0.005);
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {0, 0}));
        assertTrue(table.size() == 4);
    }

    @Test
    void decimalsAreWrittenLikeTheSourceFiles() {
        assertEquals("2.55", Decimals.cents(255));
        assertEquals("2.1", Decimals.cents(210));
        assertEquals("18.0", Decimals.cents(1800));
        assertEquals("0.05", Decimals.cents(5));
        assertEquals("-1.5", Decimals.cents(-150));
        assertEquals("-0.0120", Decimals.fixed(-0.012, 4));
        assertEquals("3.0", Decimals.fixed(2.96, 1));
        assertEquals("12", Decimals.fixed(12.4, 0));
    }
}
