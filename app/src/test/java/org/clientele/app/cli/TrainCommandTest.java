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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clientele train --target} and {@code predict} with a regressor, end to end through the CLI. */
class TrainCommandTest {

    @TempDir
    static Path dir;

    static Path customers;

    @BeforeAll
    static void extractSample() {
        customers = SampleDatasets.extract("customers-demographics", dir);
    }

    @Test
    void regressionWritesTheContractsModelsJsonAndPredictScoresEveryRow() throws IOException {
        Path out = dir.resolve("regressor");
        CliRun train = CliRun.of("train", customers, "--target", "purchase_amount", "--out", out,
                "--models", "mean,linear,xgboost", "--folds", "3");
        assertEquals(0, train.exitCode(), train::toString);
        assertTrue(train.out().contains("CV R2"), train::toString);
        assertTrue(train.out().contains("one-hot(region"), "region is a categorical feature now: " + train);

        JsonNode models = Json.mapper().readTree(out.resolve("models.json").toFile());
        assertEquals("purchase_amount", models.get("target").asText());
        assertEquals("regression", models.get("task").asText());
        List<String> features = strings(models.get("features"));
        assertFalse(features.isEmpty());
        assertFalse(features.contains("purchase_amount"));
        assertTrue(features.stream().anyMatch(f -> f.startsWith("region=")), features.toString());
        for (JsonNode e : models.get("excluded")) {
            assertFalse(e.get("reason").asText().isBlank());
        }
        Set<String> names = new HashSet<>();
        for (JsonNode m : models.get("models")) {
            names.add(m.get("name").asText());
            for (String key : List.of("rmse", "mae", "r2", "cvR2Mean", "cvR2Std")) {
                assertTrue(m.get(key).isNumber() && Double.isFinite(m.get(key).asDouble()), m + " " + key);
            }
        }
        assertEquals(Set.of("mean", "linear", "xgboost"), names);
        assertTrue(names.contains(models.get("best").asText()));
        JsonNode best = bestEntry(models);
        assertTrue(best.get("r2").asDouble() > 0.5, "spend follows income and loyalty: " + best);
        assertFalse(models.get("importances").isEmpty());
        assertTrue(models.get("importances").get(0).has("feature"));
        assertTrue(models.get("importances").get(0).has("importance"));

        Path predictions = dir.resolve("regression-predictions.csv");
        CliRun predict = CliRun.of("predict", out, customers, "--out", predictions);
        assertEquals(0, predict.exitCode(), predict::toString);
        assertEquals(List.of("user_id", "prediction"), CliRun.header(predictions));
        List<CSVRecord> rows = CliRun.csv(predictions);
        assertEquals(1000, rows.size());
        for (CSVRecord r : rows) {
            assertTrue(Double.isFinite(Double.parseDouble(r.get("prediction"))), r::toString);
        }
    }

    /**
     * A semicolon-separated table shaped like UCI Wholesale (skewed spend columns with units in the
     * headers, a region code): the target is linear in the raw spend, so least squares must keep raw
     * inputs, and models.json must say which figure comes from which rows.
     */
    @Test
    void modelsJsonCarriesTheInputTransformChoiceAndTheWholeTableCv() throws IOException {
        java.util.Random r = new java.util.Random(7);
        List<String> lines = new ArrayList<>(List.of("Region;Fresh (EUR);Milk (EUR);Frozen (EUR);Grocery (EUR)"));
        for (int i = 0; i < 300; i++) {
            double fresh = Math.exp(8 + r.nextGaussian());
            double milk = Math.exp(8 + 0.8 * r.nextGaussian());
            double frozen = Math.exp(7 + r.nextGaussian());
            double grocery = 500 + 0.2 * fresh + 1.1 * milk + 300 * r.nextGaussian();
            lines.add(String.format(java.util.Locale.ROOT, "%d;%.0f;%.0f;%.0f;%.0f", 1 + i % 3, fresh, milk, frozen,
                    grocery));
        }
        Path file = dir.resolve("wholesale-like.csv");
        Files.write(file, lines);
        Path out = dir.resolve("wholesale-like-model");
        // On the original target scale the truth is linear in the raw columns.
        CliRun train = CliRun.of("train", file, "--target", "Grocery (EUR)", "--out", out, "--models",
                "mean,linear,xgboost", "--log-target", "never");
        assertEquals(0, train.exitCode(), train::toString);
        assertTrue(train.out().contains("CV R2 (whole table)") && train.out().contains("held-out split"),
                train::toString);

        JsonNode models = Json.mapper().readTree(out.resolve("models.json").toFile());
        JsonNode validation = models.get("validation");
        for (String key : List.of("r2", "cvR2Mean", "tableCvR2Mean", "folds", "tableCvRepeats")) {
            assertTrue(validation.has(key), key);
        }
        assertEquals(3, validation.get("tableCvRepeats").asInt(), "300 rows: repeated k-fold");
        for (JsonNode m : models.get("models")) {
            assertTrue(m.get("tableCvR2Mean").isNumber() && m.get("tableCvR2Std").isNumber(), m::toString);
            assertTrue(m.has("inputTransform"), m::toString);
        }
        JsonNode linear = models.get("models").get(1);
        assertEquals("linear", linear.get("name").asText());
        assertEquals("raw", linear.get("inputTransform").asText(), linear::toString);
        assertEquals(Set.of("raw", "log1p", "both"), fieldNames(linear.get("inputTransformCvR2")));
        assertTrue(linear.get("tableCvR2Mean").asDouble() > 0.8, linear::toString);
        assertFalse(models.get("models").get(2).has("inputTransformCvR2"), "trees are not searched");
        assertEquals("raw", models.get("models").get(2).get("inputTransform").asText());

        Path predictions = dir.resolve("wholesale-like-predictions.csv");
        CliRun predict = CliRun.of("predict", out, file, "--out", predictions);
        assertEquals(0, predict.exitCode(), predict::toString);
        assertEquals(300, CliRun.csv(predictions).size());
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> out = new HashSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aColumnDerivedFromTheTargetIsListedAsExcluded() throws IOException {
        List<String> lines = Files.readAllLines(customers);
        List<String> leaky = new ArrayList<>();
        List<String> header = List.of(lines.get(0).split(","));
        int target = header.indexOf("purchase_amount");
        leaky.add(lines.get(0) + ",shadow");
        for (String line : lines.subList(1, lines.size())) {
            leaky.add(line + "," + 2 * Double.parseDouble(line.split(",")[target]));
        }
        Path file = dir.resolve("leaky.csv");
        Files.write(file, leaky);
        Path out = dir.resolve("leaky-model");
        CliRun train = CliRun.of("train", file, "--target", "purchase_amount", "--out", out,
                "--models", "mean,linear", "--folds", "3");
        assertEquals(0, train.exitCode(), train::toString);
        JsonNode models = Json.mapper().readTree(out.resolve("models.json").toFile());
        assertFalse(strings(models.get("features")).contains("shadow"));
        JsonNode shadow = null;
        for (JsonNode e : models.get("excluded")) {
            if (e.get("feature").asText().equals("shadow")) {
                shadow = e;
            }
        }
        assertTrue(shadow != null && shadow.get("reason").asText().contains("Pearson"), models::toString);
        assertTrue(train.out().contains("shadow: leakage: nearly a function of the target"), train::toString);
    }

    @Test
    void aMissingTargetColumnIsBadInput() {
        Path out = dir.resolve("no-target");
        CliRun train = CliRun.of("train", customers, "--target", "lifetime_value", "--out", out, "--models", "mean");
        assertEquals(3, train.exitCode(), train::toString);
        assertTrue(train.err().startsWith("error: customers_demographics.csv"), train::toString);
        assertTrue(train.err().contains("'lifetime_value'"), train::toString);
        assertFalse(Files.exists(out.resolve("models.json")));
    }

    @Test
    void aTextTargetIsBadInput() {
        CliRun train = CliRun.of("train", customers, "--target", "region", "--out", dir.resolve("text-target"));
        assertEquals(3, train.exitCode(), train::toString);
        assertTrue(train.err().contains("not numeric"), train::toString);
    }

    @Test
    void anExistingModelIsOverwrittenOnlyWithForce() throws IOException {
        Path out = dir.resolve("twice");
        Object[] args = {"train", customers, "--target", "purchase_amount", "--out", out, "--models", "mean,linear",
                "--folds", "2"};
        assertEquals(0, CliRun.of(args).exitCode());
        String first = Files.readString(out.resolve("models.json"));
        CliRun again = CliRun.of(args);
        assertEquals(2, again.exitCode(), again::toString);
        assertTrue(again.err().startsWith("error: ") && again.err().contains("--force"), again::toString);
        assertEquals(first, Files.readString(out.resolve("models.json")));
        List<Object> forced = new ArrayList<>(List.of(args));
        forced.add("--force");
        assertEquals(0, CliRun.of(forced.toArray()).exitCode());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path out = dir.resolve("bad-options");
        assertEquals(2, CliRun.of("train", customers, "--out", out).exitCode());
        assertEquals(2, CliRun.of("train", customers, "--target", "purchase_amount", "--segments", dir,
                "--out", out).exitCode());
        CliRun unknown = CliRun.of("train", customers, "--target", "purchase_amount", "--models", "mean,deep-net",
                "--out", out);
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("deep-net"), unknown::toString);
        assertTrue(unknown.err().contains("dnn"), "the opt-in neural network is among the choices: " + unknown);
        CliRun segmentDnn = CliRun.of("train", customers, "--segments", dir, "--models", "dnn", "--out", out);
        assertEquals(2, segmentDnn.exitCode(), "the network predicts spend, not segments: " + segmentDnn);
        assertEquals(2, CliRun.of("train", customers, "--target", "purchase_amount", "--folds", "1",
                "--out", out).exitCode());
        CliRun transform = CliRun.of("train", customers, "--target", "purchase_amount", "--input-transform", "sqrt",
                "--out", out);
        assertEquals(2, transform.exitCode(), transform::toString);
        assertTrue(transform.err().contains("--input-transform"), transform::toString);
        assertFalse(Files.exists(out));
    }

    private static JsonNode bestEntry(JsonNode models) {
        for (JsonNode m : models.get("models")) {
            if (m.get("name").asText().equals(models.get("best").asText())) {
                return m;
            }
        }
        throw new AssertionError("best model not among models[]");
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
