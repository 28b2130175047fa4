package org.clientele.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoricalEncodingTest {

    /** 200 rows: Married 100, Single 60, Divorced 37, and the rare YOLO, Absurd and one missing value (0.5 % each). */
    private static String[] marital() {
        String[] v = new String[200];
        for (int i = 0; i < 200; i++) {
            v[i] = i < 100 ? "Married" : i < 160 ? "Single" : i < 197 ? "Divorced" : i == 197 ? "YOLO"
                    : i == 198 ? "Absurd" : null;
        }
        return v;
    }

    @Test
    void rareLevelsArePooledAsOtherAndLevelsAreOrderedByFrequency() {
        CategoricalLevels levels = CategoricalLevels.fit("Marital_Status", marital());
        assertEquals(List.of("Married", "Single", "Divorced", "other"), levels.levels());
        assertArrayEquals(new double[] {0.5, 0.3, 0.185, 0.015}, levels.shares(), 1e-12);
        assertEquals(3, levels.pooled(), "YOLO, Absurd and the missing value");
        assertEquals("other", levels.levelOf("YOLO"));
        assertEquals("other", levels.levelOf(null));
        assertEquals("other", levels.levelOf("Widow"), "a value never seen reads as other");
        assertTrue(levels.unseen("Widow"));
        assertFalse(levels.unseen("Absurd"), "seen in training, though pooled");
        assertEquals(1 - (0.25 + 0.09 + 0.185 * 0.185 + 0.015 * 0.015), levels.impurity(), 1e-12);
    }

    @Test
    void modelsDropTheMostCommonLevelAndUnseenValuesNeverFail() {
        String[] channel = {"1", "2", "1", "1", "2", "1", "2", "1", "1", "1"};
        CategoricalEncoding enc = CategoricalEncoding.fit(List.of("Channel", "Marital_Status"),
                List.of(channel, java.util.Arrays.copyOf(marital(), 10)), true);
        // Marital_Status has a single level in these ten rows: not encoded.
        assertEquals(List.of("Channel"), enc.columnNames());
        assertEquals(List.of("Channel=2"), enc.indicatorNames());
        double[][] x = enc.indicators(Map.of("Channel", new String[] {"2", "1", "3", null}), 4);
        assertArrayEquals(new double[] {1, 0, 0, 0}, x[0], "3 and missing were never seen and there is no other");
        assertNull(enc.levels("Channel").levelOf("3"));
        assertEquals(Map.of("Channel", 2), enc.unseenCounts(Map.of("Channel", new String[] {"2", "1", "3", null})));
        assertEquals(Map.of("Channel=2", 1.0), enc.indicatorValues(Map.of("Channel", "2")));

        CategoricalEncoding back = CategoricalEncoding.fromJson(enc.toJson());
        assertEquals(enc.indicatorNames(), back.indicatorNames());
        assertArrayEquals(enc.levels("Channel").shares(), back.levels("Channel").shares(), 0);
    }
}
