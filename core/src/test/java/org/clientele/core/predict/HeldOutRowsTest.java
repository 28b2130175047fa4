package org.clientele.core.predict;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every score is computed on rows the scored model (and its transform) never saw: a spy transform and a
 * spy model record the row ids they were fitted on and the ids they were asked to predict.
 */
class HeldOutRowsTest {

    /** A fitted transform or model, with the ids it learned from and the ids it predicted. */
    record Fit(Set<Double> trainedOn, Set<Double> predicted) {
    }

    private static double idOf(double[] row) {
        return row[0];
    }

    @Test
    void regressionScoresComeFromUnseenRows() {
        int n = 120;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[]{i, Math.sin(i)}; // feature 0 is the row id
            y[i] = Math.cos(i) * 10 + (i % 7);
        }
        List<Fit> transforms = Collections.synchronizedList(new ArrayList<>());
        List<Fit> models = Collections.synchronizedList(new ArrayList<>());
        RowTransform spyTransform = (names, rows) -> {
            Fit f = new Fit(ids(rows), new HashSet<>());
            transforms.add(f);
            return new FittedRowTransform() {
                @Override public List<String> featureNames() { return names; }
                @Override public double[] apply(double[] row) { return row.clone(); }
                @Override public List<String> steps() { return List.of(); }
            };
        };
        RegressionCandidate spyModel = new RegressionCandidate() {
            @Override public String name() { return "spy"; }
            @Override public FittedRegressor fit(List<String> names, double[][] rows, double[] target, long seed) {
                Fit f = new Fit(ids(rows), Collections.synchronizedSet(new HashSet<>()));
                models.add(f);
                double mean = Stats.mean(target);
                return r -> {
                    f.predicted().addAll(ids(r));
                    double[] out = new double[r.length];
                    java.util.Arrays.fill(out, mean);
                    return out;
                };
            }
        };
        RegressionOptions o = RegressionOptions.defaults().withModels(List.of()).withExtraCandidates(List.of(spyModel))
                .withTransform(spyTransform).withLogTarget(RegressionOptions.LogTarget.NEVER)
                // The whole-table CV fits on rows of the held-out split by design; here only the split is checked.
                .withTableCv(false);
        RegressionResult r = RegressionComparison.run(ModelingData.regression(null, List.of("id", "s"), x, y), o,
                Progress.NONE);
        assertEquals(6, models.size(), "five folds and the final fit");
        assertEquals(6, transforms.size());
        Set<Double> testIds = new HashSet<>();
        for (Fit f : models) {
            for (Double id : f.predicted()) {
                assertTrue(!f.trainedOn().contains(id), "row " + id + " scored by a model trained on it");
            }
            assertTrue(transforms.stream().anyMatch(t -> t.trainedOn().equals(f.trainedOn())),
                    "each model's transform was fitted on exactly its training rows");
        }
        r.heldOut().forEach(h -> testIds.add(Double.parseDouble(h.rowId()) - 1));
        Fit last = models.get(models.size() - 1);
        for (Double id : testIds) {
            assertTrue(!last.trainedOn().contains(id));
        }
    }

    @Test
    void classificationScoresComeFromUnseenRows() {
        int n = 100;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[]{i, i % 3};
            y[i] = i % 2;
        }
        List<Fit> models = Collections.synchronizedList(new ArrayList<>());
        ClassifierCandidate spy = new ClassifierCandidate() {
            @Override public String name() { return "spy"; }
            @Override public FittedClassifier fit(List<String> names, double[][] rows, int[] target,
                                                  List<String> classes, long seed) {
                Fit f = new Fit(ids(rows), Collections.synchronizedSet(new HashSet<>()));
                models.add(f);
                return r -> {
                    f.predicted().addAll(ids(r));
                    double[][] p = new double[r.length][2];
                    for (double[] row : p) {
                        row[0] = 1;
                    }
                    return p;
                };
            }
        };
        RowTransform identity = (names, rows) -> new FittedRowTransform() {
            @Override public List<String> featureNames() { return names; }
            @Override public double[] apply(double[] row) { return row.clone(); }
            @Override public List<String> steps() { return List.of(); }
        };
        ClassificationOptions o = new ClassificationOptions("segment", null, List.of(), List.of(spy), "macroF1", 0.2, 5,
                42, identity, 10, XGBoostSettings.DEFAULT, 2, 99, 2);
        SegmentClassifierComparison.run(ModelingData.classification(null, List.of("id", "m"), x, y,
                List.of("a", "b")), o, Progress.NONE);
        assertEquals(6, models.size());
        for (Fit f : models) {
            assertTrue(!f.predicted().isEmpty());
            for (Double id : f.predicted()) {
                assertTrue(!f.trainedOn().contains(id), "row " + id + " scored by a model trained on it");
            }
        }
    }

    private static Set<Double> ids(double[][] rows) {
        Set<Double> s = new HashSet<>();
        for (double[] row : rows) {
            s.add(idOf(row));
        }
        return s;
    }
}
