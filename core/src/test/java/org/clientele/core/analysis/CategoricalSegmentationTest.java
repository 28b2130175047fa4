package org.clientele.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.features.CategoricalLevels;
import org.clientele.core.data.Table;
import org.clientele.core.io.Json;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segmenting a table with categorical columns: one-hot with weight, composition and chi-square in segments.json. */
class CategoricalSegmentationTest {

    @TempDir
    Path dir;

    @Test
    void segmentsJsonCarriesEncodingCompositionAndChiSquare() throws Exception {
        Path file = MarketingLikeTable.write(dir, "m.tsv", 600, 11, '\t');
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        SegmentationReport report = SegmentationRun.run(file, table,
                SegmentOptions.DEFAULT.withK(2).withBootstrap(0), Progress.NONE);
        Path out = dir.resolve("segments.json");
        report.writeJson(out);
        JsonNode root = Json.mapper().readTree(out.toFile());

        List<String> features = new ArrayList<>();
        root.get("features").forEach(f -> features.add(f.asText()));
        assertTrue(features.containsAll(List.of("Channel=1", "Channel=2", "Region=1", "Education=PhD", "age",
                "tenure_days")), features.toString());
        assertFalse(features.contains("Marital_Status=YOLO"), "a level below 1% is pooled");
        assertTrue(features.contains("Marital_Status=other"));

        JsonNode enc = root.get("categoricalEncoding");
        assertEquals("one-hot-with-weight", enc.get("method").asText());
        JsonNode channel = enc.get("columns").get(2);
        assertEquals("Channel", channel.get("column").asText());
        double p1 = channel.get("shares").get(0).asDouble();
        assertEquals(Math.sqrt(1 - p1 * p1 - (1 - p1) * (1 - p1)) / CategoricalLevels.WEIGHT,
                channel.get("divisor").asDouble(), 1e-9);
        assertTrue(root.get("preprocessing").toString().contains("one-hot(Channel)"));
        assertTrue(root.get("notes").toString().contains("tenure_days = days from Dt_Customer"));

        // Each segment's composition sums to 1 per column, and the chi-square sits beside Kruskal-Wallis.
        for (JsonNode seg : root.get("segments")) {
            JsonNode comp = seg.get("composition").get("Channel");
            assertNotNull(comp, seg.toString());
            assertEquals(1.0, comp.get("1").asDouble() + comp.get("2").asDouble(), 1e-9);
        }
        JsonNode tests = root.get("categoricalTests");
        assertEquals(4, tests.size());
        JsonNode channelTest = null;
        for (JsonNode t : tests) {
            if (t.get("feature").asText().equals("Channel")) {
                channelTest = t;
            }
        }
        assertNotNull(channelTest);
        assertTrue(channelTest.get("chiSquareP").asDouble() < 0.05, channelTest.toString());
        assertTrue(root.get("drivers").size() > 0);

        // Manager's reading: a segment's mix names Channel 2 only where it is over-represented.
        double overall = channel.get("shares").get(indexOf(channel.get("levels"), "2")).asDouble();
        for (JsonNode seg : root.get("segments")) {
            double share = seg.get("composition").get("Channel").get("2").asDouble();
            boolean named = report.compositionHighlights(seg.get("id").asInt()).stream()
                    .anyMatch(h -> h.startsWith("Channel 2"));
            if (named) {
                assertTrue(share >= 0.25 && share / overall >= 1.2, seg.toString());
            }
        }
    }

    @Test
    void aCategoricalColumnWeighsHalfAStandardizedColumn() throws Exception {
        Path file = MarketingLikeTable.write(dir, "w.csv", 500, 5, ',');
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        SegmentationReport report = SegmentationRun.run(file, table,
                SegmentOptions.DEFAULT.withK(2).withBootstrap(0).withFeatures(List.of("Grocery", "Education")),
                Progress.NONE);
        double[][] x = report.result().transformed();
        List<String> f = report.result().features();
        // Total variance of Education's indicator block = 0.5² against 1 for the z-scored Grocery column.
        double block = 0;
        for (int j = 0; j < f.size(); j++) {
            if (f.get(j).startsWith("Education=")) {
                block += variance(x, j);
            }
        }
        assertEquals(CategoricalLevels.WEIGHT * CategoricalLevels.WEIGHT, block, 1e-9);
        assertEquals(0.25, block, 1e-9);
        assertEquals(1.0, variance(x, f.indexOf("Grocery")), 1e-9);
    }

    private static int indexOf(JsonNode levels, String level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).asText().equals(level)) {
                return i;
            }
        }
        return -1;
    }

    private static double variance(double[][] x, int j) {
        double mean = 0;
        for (double[] row : x) {
            mean += row[j];
        }
        mean /= x.length;
        double ss = 0;
        for (double[] row : x) {
            ss += (row[j] - mean) * (row[j] - mean);
        }
        return ss / x.length;
    }
}
