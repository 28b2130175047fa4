package org.clientele.core.segment;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.features.FeatureInput;
import org.clientele.core.features.FeatureOptions;
import org.clientele.core.features.FeaturePipeline;
import org.clientele.core.features.FittedFeaturePipeline;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one entry point of segmentation for the CLI and the workbench: fit the feature pipeline, sweep
 * k (or fit the k given), choose k, measure stability, and compute the PCA map.
 * k is chosen from the silhouette, Kneedle's elbow, the gap statistic, bootstrap stability (and BIC for
 * Gaussian mixtures) together ({@link KChooser}), or found by density (HDBSCAN).
 */
public final class Segmenter {

    /** Ward's O(n^2) memory: above this many rows a seeded sample is clustered. */
    static final int WARD_FIT_LIMIT = WardOptions.FIT_LIMIT;
    /** HDBSCAN in Tribuo is quadratic: above this many rows a seeded sample is clustered. */
    static final int HDBSCAN_FIT_LIMIT = 5_000;
    /** EM costs O(n k d^2) per iteration: above this many rows the mixture is fitted on a seeded sample. */
    static final int GMM_FIT_LIMIT = GmmOptions.FIT_LIMIT;
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private Segmenter() {
    }

    public static SegmentationResult run(FeatureInput input, SegmentOptions o, Progress progress) {
        return run(input, o, null, progress);
    }

    /** As {@link #run(FeatureInput, SegmentOptions, Progress)}, weighting the indicator columns of {@code oneHot} as blocks. */
    public static SegmentationResult run(FeatureInput input, SegmentOptions o, CategoricalEncoding oneHot,
                                         Progress progress) {
        return run(input, o, oneHot, null, progress);
    }

    /**
     * As {@link #run(FeatureInput, SegmentOptions, CategoricalEncoding, Progress)}, clustering on the rows
     * {@code embedding} makes of the preprocessed ones (null: on the preprocessed rows themselves). PCA stays
     * on the preprocessed rows, so the map keeps showing the features.
     */
    public static SegmentationResult run(FeatureInput input, SegmentOptions o, CategoricalEncoding oneHot,
                                         Embedding embedding, Progress progress) {
        progress.update(0, "preparing features");
        FittedFeaturePipeline pipeline = FeaturePipeline.fit(input,
                new FeatureOptions(o.features(), o.transform(), o.transform(), 1.0), oneHot);
        double[][] x = pipeline.transform(input);
        double[][] clustered = x;
        if (embedding != null) {
            clustered = embedding.embed(x, progress.slice(0, 0.4));
            progress = progress.slice(0.4, 1);
        }
        Points p = Points.of(clustered);
        if (p.n < 3) {
            throw new UnusableDataException(Reason.TOO_FEW_ROWS, "segmentation needs at least 3 customers, got " + p.n,
                    "Segment a table with more customers");
        }
        List<String> notes = new ArrayList<>();
        SweepScorer scorer = new SweepScorer(p, o.seed(), THREADS, Silhouette.EXACT_LIMIT);

        Fit fit = o.algorithm().sweepsK() ? sweep(p, o, scorer, notes, progress)
                : density(p, o, scorer, notes, progress.slice(0.02, 0.8));
        int[] newId = sizeOrder(fit.part);
        Partition part = renumber(fit.part, newId);
        int k = part.k();
        Stability stability = fit.stability.renumbered(newId);
        ConsensusSummary consensus = fit.clusterer instanceof ConsensusClusterer c
                ? ConsensusSummary.of(c.detail(k), part.labels(), k, newId) : null;

        Silhouette.Score sil = scorer.silhouette(part);
        progress.update(0.95, "principal components");
        Centroids cents = Centroids.of(p, part.labels(), k);
        double[] confidence = part.memberships() != null ? maxProbability(part.memberships())
                : Assign.marginConfidence(p, part.labels(), cents.centers(), k);
        Pca.Result pca = Pca.fit(x, 3);
        int outliers = (int) Arrays.stream(part.labels()).filter(l -> l < 0).count();
        KChoice choice = fit.choice != null ? fit.choice : KChoice.density(k, outliers, p.n);
        progress.update(1, "done");
        SegmentationResult r = new SegmentationResult(o.algorithm(), k, choice.chosenBy(), pipeline.featureNames(),
                pipeline.steps(), fit.sweep, elbow(fit.sweep), sil.value(), sil.sampled(), sil.sampleSize(), stability,
                outliers, part.labels(), confidence, part.memberships(), cents.asRows(p.d), clustered, pca, o.seed(),
                pipeline, fit.fittedRows, List.copyOf(notes), choice, consensus);
        TransformedData d = r.data();
        return new SegmentationResult(r.fit(), r.metrics(), new TransformedData(d.features(), d.preprocessing(),
                d.transformed(), d.pca(), d.pipeline(), x));
    }

    /** The chosen partition with what was learnt on the way to it. */
    private record Fit(Partition part, List<SweepPoint> sweep, Stability stability, KChoice choice,
                       Clusterer clusterer, int fittedRows) {
    }

    /**
     * Fits every k of the range (or the k given), then, when k is to be chosen, the gap statistic and the
     * bootstrap stability of every k, and chooses k from all of them ({@link KChooser}).
     */
    private static Fit sweep(Points p, SegmentOptions o, SweepScorer scorer, List<String> notes, Progress progress) {
        int kMax = Math.min(o.kMax(), p.n - 1);
        int kMin = Math.min(o.kMin(), kMax);
        int from = o.k() != null ? o.k() : kMin;
        int to = o.k() != null ? o.k() : kMax;
        if (to >= p.n) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, to + " segments need more than " + p.n
                    + " customers", "Choose fewer segments than customers", Setting.K);
        }
        ClustererOptions algorithm = o.algorithm().options(o);
        Clusterer clusterer = algorithm.build(p, o.seed());
        notes.addAll(clusterer.notes());
        boolean choosing = o.k() == null && to > from;
        Sweep.Outcome outcome = Sweep.run(clusterer, scorer, from, to,
                progress.slice(0.02, choosing ? 0.5 : 0.8));
        List<SweepPoint> points = new ArrayList<>(outcome.points());
        Integer gapK = null;
        if (choosing) {
            GapStatistic.Result gap = GapStatistic.compute(p, outcome.partitions(), GapStatistic.REFERENCES, o.seed(),
                    progress.slice(0.5, 0.6));
            for (int i = 0; i < points.size(); i++) {
                points.set(i, points.get(i).withGap(gap.gap()[i], gap.se()[i]));
            }
            gapK = gap.choose();
            if (p.n > GapStatistic.ROW_LIMIT) {
                notes.add(String.format(Locale.ROOT, "the gap statistic was computed on a seeded sample of %,d rows",
                        GapStatistic.ROW_LIMIT));
            }
        }
        progress.checkCancelled();
        Map<Integer, Stability> stability = Bootstrap.estimate(p, algorithm, outcome.partitions(), o.bootstrap(),
                o.seed(), progress.slice(choosing ? 0.6 : 0.8, 0.95));
        for (int i = 0; i < points.size(); i++) {
            points.set(i, points.get(i).withStability(stability.get(points.get(i).k()).meanAri()));
        }
        KChoice choice = o.k() != null ? KChoice.user(o.k())
                : KChooser.choose(points, elbow(points), gapK, o.algorithm() == Algorithm.GMM);
        int k = choice.k();
        Partition part = outcome.at(k);
        if (clusterer instanceof GmmClusterer g) {
            part = new Partition(k, part.labels(), part.centers(), g.memberships(k), part.bic());
        }
        return new Fit(part, List.copyOf(points), stability.get(k), choice, clusterer, clusterer.fitRowCount(p));
    }

    private static Fit density(Points p, SegmentOptions o, SweepScorer scorer, List<String> notes, Progress fitting) {
        int minSize = o.minClusterSize() != null ? o.minClusterSize() : HdbscanClusterer.defaultMinClusterSize(p.n);
        Partition part = HdbscanClusterer.fit(p, minSize, HDBSCAN_FIT_LIMIT, o.seed(), fitting);
        if (p.n > HDBSCAN_FIT_LIMIT) {
            notes.add(String.format(Locale.ROOT, "HDBSCAN ran on a seeded sample of %,d rows; the other rows "
                    + "were assigned by the model's predict", HDBSCAN_FIT_LIMIT));
        }
        notes.add("minimum cluster size " + minSize);
        List<SweepPoint> sweep = part.k() >= 1 ? List.of(scorer.score(part)) : List.of();
        return new Fit(part, sweep, Stability.NOT_COMPUTED, null, null, Math.min(p.n, HDBSCAN_FIT_LIMIT));
    }

    static Integer elbow(List<SweepPoint> sweep) {
        if (sweep.size() < 3) {
            return null;
        }
        double[] ks = sweep.stream().mapToDouble(SweepPoint::k).toArray();
        double[] inertia = sweep.stream().mapToDouble(SweepPoint::inertia).toArray();
        double e = Kneedle.elbow(ks, inertia);
        return Double.isNaN(e) ? null : (int) e;
    }

    /** Renumbers segments by decreasing size (ties by old number), permuting memberships and centers. */
    static Partition bySize(Partition part) {
        return renumber(part, sizeOrder(part));
    }

    /** The new number of each segment when numbered by decreasing size (ties by old number). */
    static int[] sizeOrder(Partition part) {
        int k = part.k();
        int[] sizes = new int[k];
        for (int l : part.labels()) {
            if (l >= 0) {
                sizes[l]++;
            }
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> sizes[a] != sizes[b] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
        int[] newId = new int[k];
        for (int c = 0; c < k; c++) {
            newId[order[c]] = c;
        }
        return newId;
    }

    static Partition renumber(Partition part, int[] newId) {
        int k = part.k();
        int[] labels = Arrays.stream(part.labels()).map(l -> l < 0 ? l : newId[l]).toArray();
        int d = k == 0 ? 0 : part.centers().length / k;
        double[] centers = new double[part.centers().length];
        for (int c = 0; c < k; c++) {
            System.arraycopy(part.centers(), c * d, centers, newId[c] * d, d);
        }
        double[][] mem = null;
        if (part.memberships() != null) {
            mem = new double[part.memberships().length][k];
            for (int i = 0; i < mem.length; i++) {
                for (int c = 0; c < k; c++) {
                    mem[i][newId[c]] = part.memberships()[i][c];
                }
            }
        }
        return new Partition(k, labels, centers, mem, part.bic());
    }

    private static double[] maxProbability(double[][] memberships) {
        double[] out = new double[memberships.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.stream(memberships[i]).max().orElse(0);
        }
        return out;
    }
}
