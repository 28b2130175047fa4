package org.clientele.core.predict;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.provenance.Provenance;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Compares classifiers that predict a customer's segment. A stratified seeded split holds out test rows;
 * stratified k-fold CV runs on the training part, with the transform fitted inside each fold. The best
 * model has the highest CV macro-F1 by default (segments are often unequal in size, and accuracy
 * rewards ignoring the small ones), or CV accuracy when asked.
 */
public final class SegmentClassifierComparison {

    private SegmentClassifierComparison() {
    }

    public static ClassificationResult run(ModelingData data, ClassificationOptions o, Progress progress) {
        TribuoData.quiet();
        if (data.yClass() == null) {
            throw new IllegalArgumentException("the segment classifier needs segment labels (yClass)");
        }
        if (data.rowCount() < 2 * o.folds()) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, "only " + data.rowCount() + " rows; at least "
                    + 2 * o.folds() + " are needed for " + o.folds() + "-fold cross-validation",
                    data.rowCount() >= 4 ? "Use at most " + data.rowCount() / 2 + " cross-validation folds"
                            : "Segment more customers", Setting.FOLDS);
        }
        Split split = Folds.stratifiedHoldout(data.yClass(), o.testFraction(), o.seed());
        ModelingData train = data.rows(split.train());
        ModelingData test = data.rows(split.test());
        List<Split> folds = Folds.stratifiedKFold(train.yClass(), o.folds(), o.seed() + 1);
        List<String> classes = data.classNames();

        List<ClassifierCandidate> candidates = new ArrayList<>();
        for (String name : o.models()) {
            candidates.add(ClassifierModels.byName(name, o));
        }
        candidates.addAll(o.extraCandidates());

        List<ClassifierScore> scores = new ArrayList<>();
        Map<String, ClassifierPipeline> finals = new LinkedHashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            ClassifierCandidate candidate = candidates.get(c);
            Progress p = progress.slice(0.9 * c / candidates.size(), 0.9 * (c + 1) / candidates.size());
            long start = System.nanoTime();
            List<Callable<Fitted>> jobs = new ArrayList<>();
            for (Split f : folds) {
                jobs.add(() -> fitAndPredict(candidate, o, train, f));
            }
            jobs.add(() -> fitAndPredict(candidate, o, data, split));
            List<Fitted> fitted = ParallelFits.run(jobs, o.threads(), p, "fitting " + candidate.name());
            double[] acc = new double[folds.size()];
            double[] f1 = new double[folds.size()];
            for (int f = 0; f < folds.size(); f++) {
                ClassificationMetrics m = ClassificationMetrics.of(
                        InnerValidation.pick(train.yClass(), folds.get(f).test()), fitted.get(f).predicted, classes);
                acc[f] = m.accuracy();
                f1[f] = m.macroF1();
            }
            Fitted last = fitted.get(folds.size());
            ClassificationMetrics m = ClassificationMetrics.of(test.yClass(), last.predicted, classes);
            scores.add(new ClassifierScore(candidate.name(), m.accuracy(), m.macroF1(), Stats.mean(acc),
                    Stats.std(acc), Stats.mean(f1), Stats.std(f1), m, "", (System.nanoTime() - start) / 1e9));
            finals.put(candidate.name(), last.pipeline);
        }

        Comparator<ClassifierScore> by = o.chooseBy().equals("accuracy")
                ? Comparator.comparingDouble(ClassifierScore::cvAccuracyMean)
                : Comparator.comparingDouble(ClassifierScore::cvMacroF1Mean);
        String best = scores.stream().max(by).orElseThrow().name();
        ClassifierPipeline bestPipeline = finals.get(best);
        progress.update(0.9, "permutation importance of " + best);
        progress.checkCancelled();
        List<Importance> importances = PermutationImportance.compute(data.featureNames(), test.x(),
                rows -> ClassificationMetrics.of(test.yClass(), bestPipeline.predict(rows), classes).accuracy(),
                o.permutationRepeats(), o.seed());
        List<Importance> gain = null;
        ClassifierPipeline xgb = finals.get(ClassifierModels.XGBOOST);
        if (xgb != null && xgb.model() instanceof TribuoClassifier tc && XGBoostExplanations.applies(tc.model())) {
            gain = XGBoostExplanations.gain(tc.model(), data.featureNames());
        }
        SegmentDistance distance = SegmentDistance.fit(bestPipeline.transform().applyAll(train.x()), train.yClass(),
                classes, o.oodPercentile());

        Provenance provenance = Provenance.of(null, o.seed(), data.rowCount())
                .withSplit(train.rowCount(), test.rowCount())
                .with("testFraction", o.testFraction())
                .with("folds", o.folds())
                .with("models", o.models())
                .with("forestTrees", o.forestTrees())
                .with("xgboost", o.xgboost())
                .with("oodPercentile", o.oodPercentile());
        ModelsReport report = new ModelsReport(o.target(), "classification", data.featureNames(), List.of(),
                scores.stream().map(ModelEntry::of).toList(), best,
                o.chooseBy().equals("accuracy") ? "cvAccuracyMean" : "cvMacroF1Mean", importances, gain, null, null,
                List.of(), provenance);
        List<String> names = o.segmentNames() == null ? classes : o.segmentNames();
        progress.update(1, "done");
        return new ClassificationResult(report, List.copyOf(scores), bestPipeline, names, distance);
    }

    private record Fitted(ClassifierPipeline pipeline, int[] predicted) {
    }

    private static Fitted fitAndPredict(ClassifierCandidate c, ClassificationOptions o, ModelingData d, Split s) {
        FittedRowTransform t = o.transform().fit(d.featureNames(), InnerValidation.pick(d.x(), s.train()));
        FittedClassifier m = c.fit(t.featureNames(), t.applyAll(InnerValidation.pick(d.x(), s.train())),
                InnerValidation.pick(d.yClass(), s.train()), d.classNames(), o.seed());
        ClassifierPipeline p = new ClassifierPipeline(t, m);
        return new Fitted(p, p.predict(InnerValidation.pick(d.x(), s.test())));
    }
}
