package org.clientele.core.predict;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.provenance.Provenance;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Compares regressors of a numeric target. The rows are split once (seeded) into a training part and
 * held-out test rows; the leakage guard, k-fold CV and all tuning use the training part only, every
 * transform is fitted inside each fold, and test metrics come from the model fitted on the whole
 * training part. The best model is the one with the highest CV R² mean (the test rows are only
 * reported, never used to choose).
 * <p>
 * Log target ({@link RegressionOptions.LogTarget#AUTO}): when the training target is non-negative and
 * right-skewed (skewness ≥ 1), a reference XGBoost is cross-validated on both scales and log1p is used
 * if it gives the higher CV R² in original units. The mean baseline always predicts the plain mean.
 * <p>
 * Input transform: each scale-sensitive model family is cross-validated on the same training-part folds
 * with every {@link RegressionOptions#inputScales() input transform} and keeps the best
 * ({@link InputTransformChoice}); trees get raw inputs. Every model is then also cross-validated on the
 * whole table (repeated k-fold below 1,000 rows) with the choices made on the training part, for
 * figures comparable with other tools; {@code validation} in the report says which figure is which.
 */
public final class RegressionComparison {

    private RegressionComparison() {
    }

    public static RegressionResult run(ModelingData data, RegressionOptions o, Progress progress) {
        TribuoData.quiet();
        if (data.yNumeric() == null) {
            throw new IllegalArgumentException("regression needs a numeric target (yNumeric)");
        }
        int[] usable = java.util.stream.IntStream.range(0, data.rowCount())
                .filter(i -> Double.isFinite(data.yNumeric()[i])).toArray();
        int minRows = Math.max(10, 2 * o.folds());
        if (usable.length < minRows) {
            String problem = "only " + usable.length + " rows have a value for the target '" + o.target()
                    + "'; at least " + minRows + " are needed";
            throw usable.length >= 10
                    ? new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, problem + " for " + o.folds()
                            + "-fold cross-validation", "Use at most " + usable.length / 2 + " cross-validation folds",
                            Setting.FOLDS)
                    : new UnusableDataException(Reason.TOO_FEW_ROWS, problem,
                            "Choose a target with more values, or a table with more rows", Setting.TARGET);
        }
        ModelingData all = data.rows(usable);
        Split split = Folds.holdout(all.rowCount(), o.testFraction(), o.seed());
        ModelingData trainRaw = all.rows(split.train());
        LeakageGuard.Outcome guard = LeakageGuard.check(o.target(), all.featureNames(), trainRaw.x(),
                trainRaw.yNumeric(), o.leakageThreshold(), o.keep());
        if (guard.kept().isEmpty()) {
            throw new IllegalArgumentException("no feature is left to predict '" + o.target()
                    + "' after the leakage guard: " + guard.excluded());
        }
        List<String> features = guard.kept();
        ModelingData train = trainRaw.selectFeatures(features);
        ModelingData test = all.rows(split.test()).selectFeatures(features);
        ModelingData allKept = all.selectFeatures(features);
        List<Split> folds = Folds.kFold(train.rowCount(), o.folds(), o.seed() + 1);

        List<RegressionCandidate> candidates = new ArrayList<>();
        for (String name : o.models()) {
            candidates.add(RegressionModels.byName(name, o));
        }
        candidates.addAll(o.extraCandidates());
        RegressionResult.ScaleChoice scaleChoice = chooseScale(train, folds, o, progress.slice(0, 0.1));

        int tableRepeats = o.tableCv() ? o.tableCvRepeatsFor(all.rowCount()) : 0;
        List<Split> tableFolds = o.tableCv()
                ? Folds.repeatedKFold(all.rowCount(), o.folds(), tableRepeats, o.seed() + 2) : List.of();

        List<RegressionScore> scores = new ArrayList<>();
        Map<String, RegressionPipeline> finals = new LinkedHashMap<>();
        Map<String, double[]> testPredictions = new LinkedHashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            RegressionCandidate candidate = candidates.get(c);
            TargetScale scale = candidate.name().equals(RegressionModels.MEAN) ? TargetScale.ORIGINAL
                    : scaleChoice.scale();
            Progress p = progress.slice(0.1 + 0.8 * c / candidates.size(), 0.1 + 0.8 * (c + 1) / candidates.size());
            long start = System.nanoTime();
            InputTransformChoice choice = InputTransformChoice.forCandidate(candidate, o);
            List<InputScale> alternatives = choice.alternatives();
            List<Callable<Fitted>> jobs = new ArrayList<>();
            for (InputScale alternative : alternatives) {
                RowTransform t = choice.transform(alternative);
                for (Split f : folds) {
                    jobs.add(() -> fitAndPredict(candidate, t, o, train, f, scale));
                }
            }
            List<Fitted> cvFits = ParallelFits.run(jobs, o.threads(), p.slice(0, 0.5),
                    (choice.searched() ? "choosing the input transform of " : "fitting ") + candidate.name());
            List<double[]> r2ByAlternative = new ArrayList<>();
            for (int a = 0; a < alternatives.size(); a++) {
                r2ByAlternative.add(foldR2(train.yNumeric(), folds, cvFits.subList(a * folds.size(),
                        (a + 1) * folds.size())));
            }
            InputTransformChoice.Outcome outcome = choice.choose(r2ByAlternative);
            double[] cv = r2ByAlternative.get(alternatives.indexOf(outcome.chosen()));
            RowTransform chosen = choice.transform(outcome.chosen());

            List<Callable<Fitted>> more = new ArrayList<>();
            more.add(() -> fitAndPredict(candidate, chosen, o, allKept, split, scale));
            for (Split f : tableFolds) {
                more.add(() -> fitAndPredict(candidate, chosen, o, allKept, f, scale));
            }
            List<Fitted> fitted = ParallelFits.run(more, o.threads(), p.slice(0.5, 1), "fitting " + candidate.name());
            double[] tableCv = foldR2(allKept.yNumeric(), tableFolds, fitted.subList(1, fitted.size()));
            Fitted last = fitted.get(0);
            RegressionMetrics m = RegressionMetrics.of(test.yNumeric(), last.predictions);
            scores.add(new RegressionScore(candidate.name(), m.rmse(), m.mae(), m.r2(), Stats.mean(cv), Stats.std(cv),
                    cv, last.pipeline.model().settings(), (System.nanoTime() - start) / 1e9, outcome.label(),
                    outcome.cvR2ByLabel(), tableCv));
            finals.put(candidate.name(), last.pipeline);
            testPredictions.put(candidate.name(), last.predictions);
        }

        String best = scores.stream()
                .max(java.util.Comparator.comparingDouble(s -> Double.isNaN(s.cvR2Mean())
                        ? Double.NEGATIVE_INFINITY : s.cvR2Mean()))
                .orElseThrow().name();
        RegressionPipeline bestPipeline = finals.get(best);
        progress.update(0.9, "permutation importance of " + best);
        progress.checkCancelled();
        List<Importance> importances = PermutationImportance.compute(features, test.x(),
                rows -> RegressionMetrics.of(test.yNumeric(), bestPipeline.predict(rows)).r2(),
                o.permutationRepeats(), o.seed());
        List<Importance> gain = null;
        RegressionPipeline xgb = finals.get(RegressionModels.XGBOOST);
        if (xgb != null && xgb.model().unwrap() instanceof TribuoRegressor tr && XGBoostExplanations.applies(tr.model())) {
            gain = XGBoostExplanations.gain(tr.model(), xgb.transform().outputNames());
        }
        List<VarianceInflation.Vif> vif = VarianceInflation.of(bestPipeline.transform().outputNames(),
                bestPipeline.transform().applyAll(train.x()));

        List<HeldOutPrediction> heldOut = new ArrayList<>();
        double[] bestPred = testPredictions.get(best);
        for (int i = 0; i < test.rowCount(); i++) {
            heldOut.add(new HeldOutPrediction(test.rowIds().get(i), test.yNumeric()[i], bestPred[i],
                    test.yNumeric()[i] - bestPred[i]));
        }
        Provenance provenance = provenance(o, all.rowCount(), train.rowCount(), test.rowCount())
                .with("inputScales", o.inputScales().stream().map(InputScale::label).toList())
                .with("tableCvRepeats", tableRepeats);
        ModelsReport report = new ModelsReport(o.target(), "regression", features, guard.excluded(),
                scores.stream().map(ModelEntry::of).toList(), best, "cvR2Mean", importances, gain, vif,
                scaleChoice.scale().name(), guard.warnings(), provenance,
                Validation.of(all.rowCount(), train.rowCount(), test.rowCount(), o.folds(), tableRepeats));
        progress.update(1, "done");
        return new RegressionResult(report, List.copyOf(scores), List.copyOf(heldOut), scaleChoice,
                data.rowCount() - usable.length, bestPipeline, java.util.Collections.unmodifiableMap(finals));
    }

    /** A pipeline fitted on a split's training rows and its predictions for that split's held-out rows. */
    private record Fitted(RegressionPipeline pipeline, double[] predictions) {
    }

    private static double[] foldR2(double[] y, List<Split> folds, List<Fitted> fitted) {
        double[] r2 = new double[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            r2[f] = RegressionMetrics.of(InnerValidation.pick(y, folds.get(f).test()), fitted.get(f).predictions).r2();
        }
        return r2;
    }

    private static Fitted fitAndPredict(RegressionCandidate c, RowTransform transform, RegressionOptions o,
                                        ModelingData d, Split s, TargetScale scale) {
        RegressionPipeline p = RegressionPipeline.fit(c, transform, d.featureNames(),
                InnerValidation.pick(d.x(), s.train()), InnerValidation.pick(d.yNumeric(), s.train()), scale, o.seed());
        return new Fitted(p, p.predict(InnerValidation.pick(d.x(), s.test())));
    }

    private static RegressionResult.ScaleChoice chooseScale(ModelingData train, List<Split> folds, RegressionOptions o,
                                                            Progress progress) {
        double[] y = train.yNumeric();
        double min = java.util.Arrays.stream(y).min().orElse(0);
        switch (o.logTarget()) {
            case NEVER:
                return new RegressionResult.ScaleChoice(TargetScale.ORIGINAL, Double.NaN, Double.NaN, "log target off");
            case ALWAYS:
                if (min < 0) {
                    throw new IllegalArgumentException("a log target needs a target without negative values; '"
                            + o.target() + "' goes down to " + min);
                }
                return new RegressionResult.ScaleChoice(TargetScale.LOG1P, Double.NaN, Double.NaN, "log target on");
            default:
                break;
        }
        if (min < 0) {
            return new RegressionResult.ScaleChoice(TargetScale.ORIGINAL, Double.NaN, Double.NaN,
                    "target has negative values");
        }
        double skew = Stats.skewness(y);
        if (skew < 1) {
            return new RegressionResult.ScaleChoice(TargetScale.ORIGINAL, Double.NaN, Double.NaN,
                    String.format(Locale.ROOT, "target skewness %.2f < 1", skew));
        }
        RegressionCandidate reference = new XGBoostRegressionSearch(1, 2);
        RowTransform referenceTransform = InputTransformChoice.forCandidate(reference, o).transform(
                o.inputScales().isEmpty() ? null : InputScale.RAW);
        double[] r2 = new double[2];
        TargetScale[] scales = TargetScale.values();
        for (int s = 0; s < 2; s++) {
            TargetScale scale = scales[s];
            List<Callable<Fitted>> jobs = new ArrayList<>();
            for (Split f : folds) {
                jobs.add(() -> fitAndPredict(reference, referenceTransform, o, train, f, scale));
            }
            List<Fitted> fitted = ParallelFits.run(jobs, o.threads(), progress.slice(s / 2.0, (s + 1) / 2.0),
                    "choosing the target scale");
            double sum = 0;
            for (int f = 0; f < folds.size(); f++) {
                sum += RegressionMetrics.of(InnerValidation.pick(y, folds.get(f).test()), fitted.get(f).predictions).r2();
            }
            r2[s] = sum / folds.size();
        }
        TargetScale chosen = r2[1] > r2[0] ? TargetScale.LOG1P : TargetScale.ORIGINAL;
        return new RegressionResult.ScaleChoice(chosen, r2[0], r2[1], String.format(Locale.ROOT,
                "target skewness %.2f: reference XGBoost CV R2 %.4f on original vs %.4f on log1p scale",
                skew, r2[0], r2[1]));
    }

    static Provenance provenance(RegressionOptions o, int rows, int trainRows, int testRows) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("testFraction", o.testFraction());
        p.put("folds", o.folds());
        p.put("models", o.models());
        p.put("forestTrees", o.forestTrees());
        p.put("searchCandidates", o.searchCandidates());
        p.put("innerFolds", o.innerFolds());
        p.put("leakageThreshold", o.leakageThreshold());
        p.put("keep", o.keep());
        p.put("permutationRepeats", o.permutationRepeats());
        p.put("logTarget", o.logTarget().name());
        Provenance out = Provenance.of(null, o.seed(), rows).withSplit(trainRows, testRows);
        for (Map.Entry<String, Object> e : p.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }
}
