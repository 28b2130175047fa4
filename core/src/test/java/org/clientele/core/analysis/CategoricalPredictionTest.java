package org.clientele.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.io.Json;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A regressor on a table with categorical columns: one-hot inputs, saved encoding, unseen levels at predict time. */
class CategoricalPredictionTest {

    @TempDir
    Path dir;

    private static RegressionOptions quick() {
        return RegressionOptions.defaults().withModels(List.of("mean", "linear")).withFolds(3)
                .withLogTarget(RegressionOptions.LogTarget.NEVER);
    }

    @Test
    void channelCodesAreOneHotAndANewLevelAtPredictTimeIsReadAsTheReference() throws Exception {
        Path file = MarketingLikeTable.write(dir, "m.tsv", 500, 21, '\t');
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        TrainingResult r = TrainingRun.regression(file, table, "Grocery", null, quick(), Progress.NONE);
        List<String> features = r.report().features();
        assertTrue(features.contains("Channel=2"), features.toString());
        assertFalse(features.contains("Channel=1"), "the most common level is the reference");
        assertTrue(features.contains("Marital_Status=other"), "rare statuses pooled");
        assertFalse(features.stream().anyMatch(f -> f.contains("YOLO")));
        assertTrue(r.report().excluded().stream().noneMatch(e -> e.feature().equals("Channel")));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("one-hot(Channel")), r.notes().toString());
        // Channel 2 spends about e^1.1 = 3x on Grocery: the linear model must see it.
        assertTrue(r.report().models().stream().filter(m -> m.name().equals("linear")).findFirst().orElseThrow()
                .r2() > 0.3, r.report().models().toString());

        Path model = dir.resolve("model");
        r.bundle().save(model);
        JsonNode manifest = Json.mapper().readTree(model.resolve("bundle.json").toFile());
        assertEquals("Channel", manifest.get("categorical").get("columns").get(2).get("column").asText());
        ModelBundle loaded = ModelBundle.load(model);
        assertEquals(LocalDate.of(2014, 6, 29).isAfter(loaded.derivedAsOf()), true);

        // Two new customers: one in a channel never seen (3), one with an unseen marital status.
        String header = Files.readAllLines(file).get(0);
        String row1 = "9001\t1970\tPhD\tMarried\t50000\t1\t2013-01-01\t3\t2\t100\t3000\t0\tnew";
        String row2 = "9002\t1980\tMaster\tAlone\t40000\t0\t2014-01-01\t2\t1\t50\t9000\t1\tnew";
        Path newRows = Files.writeString(dir.resolve("new.tsv"), header + "\n" + row1 + "\n" + row2 + "\n");
        Table fresh = CustomerTables.load(newRows, ReadOptions.DEFAULT, Progress.NONE, loaded.derivedAsOf());
        PredictionRun.Predictions p = PredictionRun.score(newRows, fresh, loaded, false);
        assertEquals(2, p.rowCount());
        assertTrue(Double.isFinite(p.predictions()[0]) && Double.isFinite(p.predictions()[1]));
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("'Channel' the model never saw")), p.warnings().toString());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("'Marital_Status'") && w.contains("'other'")),
                p.warnings().toString());
    }

    @Test
    void aTableWithoutCategoriesSavesABundleInTheOldFormat() throws Exception {
        StringBuilder sb = new StringBuilder("id,x,y\n");
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < 120; i++) {
            double x = rnd.nextDouble() * 100;
            sb.append(i + 1).append(',').append(x).append(',').append(3 * x + rnd.nextGaussian()).append('\n');
        }
        Path file = Files.writeString(dir.resolve("n.csv"), sb);
        Table table = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        TrainingResult r = TrainingRun.regression(file, table, "y", null, quick(), Progress.NONE);
        Path model = dir.resolve("plain");
        r.bundle().save(model);
        JsonNode manifest = Json.mapper().readTree(model.resolve("bundle.json").toFile());
        assertFalse(manifest.has("categorical"));
        assertFalse(manifest.has("derivedAsOf"));
        ModelBundle loaded = ModelBundle.load(model);
        assertNull(loaded.categoricalEncoding());
        assertEquals(120, PredictionRun.score(file, table, loaded, false).rowCount());
    }
}
