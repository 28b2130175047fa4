package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** segment → train --segments → predict: a saved segment classifier puts customers back into their segments. */
class PredictCommandTest {

    @TempDir
    static Path dir;

    static Path customers;
    static Path segments;
    static Path model;

    @BeforeAll
    static void segmentAndTrain() {
        customers = SampleDatasets.extract("customers-demographics", dir);
        segments = dir.resolve("segments");
        CliRun segment = CliRun.of("segment", customers, "--out", segments, "--k", "3", "--bootstrap", "0");
        assertEquals(0, segment.exitCode(), segment::toString);
        model = dir.resolve("classifier");
        CliRun train = CliRun.of("train", customers, "--segments", segments, "--out", model,
                "--models", "majority,logistic", "--folds", "3");
        assertEquals(0, train.exitCode(), train::toString);
        assertTrue(train.out().contains("CV accuracy"), train::toString);
    }

    @Test
    void theClassifiersModelsJsonFollowsTheContract() throws IOException {
        JsonNode models = Json.mapper().readTree(model.resolve("models.json").toFile());
        assertEquals("classification", models.get("task").asText());
        JsonNode segmentsJson = Json.mapper().readTree(segments.resolve("segments.json").toFile());
        assertEquals(segmentsJson.get("features"), models.get("features"));
        for (JsonNode m : models.get("models")) {
            for (String key : List.of("accuracy", "macroF1", "cvAccuracyMean", "cvAccuracyStd")) {
                assertTrue(m.get(key).isNumber() && Double.isFinite(m.get(key).asDouble()), m + " " + key);
            }
        }
        assertEquals("logistic", models.get("best").asText(), "the majority baseline cannot win on macro-F1");
    }

    @Test
    void predictGivesEveryCustomerASegmentMostlyTheOneTheSegmentRunFound() throws IOException {
        Path out = dir.resolve("segment-predictions.csv");
        CliRun predict = CliRun.of("predict", model, customers, "--out", out);
        assertEquals(0, predict.exitCode(), predict::toString);
        assertEquals(List.of("user_id", "segment", "segment_name", "confidence", "out_of_distribution"),
                CliRun.header(out));
        Map<String, String> found = new HashMap<>();
        Map<String, String> foundNames = new HashMap<>();
        for (CSVRecord r : CliRun.csv(segments.resolve("assignments.csv"))) {
            found.put(r.get("user_id"), r.get("segment"));
            foundNames.put(r.get("segment"), r.get("segment_name"));
        }
        List<CSVRecord> rows = CliRun.csv(out);
        assertEquals(1000, rows.size());
        int agree = 0;
        for (CSVRecord r : rows) {
            assertEquals(foundNames.get(r.get("segment")), r.get("segment_name"), r::toString);
            double confidence = Double.parseDouble(r.get("confidence"));
            assertTrue(confidence > 0 && confidence <= 1, r::toString);
            assertTrue(List.of("true", "false").contains(r.get("out_of_distribution")), r::toString);
            agree += r.get("segment").equals(found.get(r.get("user_id"))) ? 1 : 0;
        }
        assertTrue(agree > 800, agree + " of 1000 customers predicted into their own segment");
    }

    @Test
    void aMissingFeatureColumnIsBadInputUnlessImputationIsAllowed() throws IOException {
        List<String> lines = Files.readAllLines(customers);
        int drop = List.of(lines.get(0).split(",")).indexOf("age");
        List<String> without = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.split(",")));
            cells.remove(drop);
            without.add(String.join(",", cells));
        }
        Path file = dir.resolve("no-age.csv");
        Files.write(file, without);
        Path out = dir.resolve("no-age-predictions.csv");
        CliRun refused = CliRun.of("predict", model, file, "--out", out);
        assertEquals(3, refused.exitCode(), refused::toString);
        assertTrue(refused.err().startsWith("error: no-age.csv") && refused.err().contains("age"), refused::toString);
        assertFalse(Files.exists(out));

        CliRun imputed = CliRun.of("predict", model, file, "--out", out, "--impute-missing");
        assertEquals(0, imputed.exitCode(), imputed::toString);
        assertTrue(imputed.err().contains("warning: column age missing"), imputed::toString);
        assertEquals(1000, CliRun.csv(out).size());
    }

    @Test
    void aTableWithoutIdsIsJoinedToItsSegmentsByRowNumber() throws IOException {
        Path anonymous = SampleDatasets.extract("egov-behaviour-anonymised", dir);
        Path seg = dir.resolve("anonymous-segments");
        assertEquals(0, CliRun.of("segment", anonymous, "--out", seg, "--k", "3", "--bootstrap", "0").exitCode());
        Path trained = dir.resolve("anonymous-classifier");
        CliRun train = CliRun.of("train", anonymous, "--segments", seg, "--out", trained, "--models", "logistic",
                "--folds", "3");
        assertEquals(0, train.exitCode(), train::toString);
        Path out = dir.resolve("anonymous-predictions.csv");
        assertEquals(0, CliRun.of("predict", trained, anonymous, "--out", out).exitCode());
        List<CSVRecord> rows = CliRun.csv(out);
        List<CSVRecord> assigned = CliRun.csv(seg.resolve("assignments.csv"));
        assertEquals("row", CliRun.header(out).get(0));
        assertEquals(assigned.size(), rows.size());
        int agree = 0;
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Integer.toString(i + 1), rows.get(i).get("row"));
            agree += rows.get(i).get("segment").equals(assigned.get(i).get("segment")) ? 1 : 0;
        }
        assertTrue(agree > 0.8 * rows.size(), agree + " of " + rows.size());
    }

    @Test
    void aDirectoryWithoutAModelIsBadInput() {
        CliRun predict = CliRun.of("predict", segments, customers, "--out", dir.resolve("nothing.csv"));
        assertEquals(3, predict.exitCode(), predict::toString);
        assertTrue(predict.err().contains("no saved model"), predict::toString);
    }
}
