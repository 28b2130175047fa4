package org.clientele.core.segment;

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

/**
 * The one entry point of segmentation for the CLI and the workbench: fit the feature pipeline, sweep
 * k (or fit the k given), choose k, measure stability, and compute the PCA map.
 * k is chosen by the best silhouette (k-means, Ward; ties to the smaller k), the lowest BIC (GMM), or
 * found by density (HDBSCAN); Kneedle's elbow and the other indices are reported beside it.
 */
public final class Segmenter {

    /** Ward's O(n^2) memory: above this many rows a seeded sample is clustered. */
    static final int WARD_FIT_LIMIT = 5_000;
    /** HDBSCAN in Tribuo is quadratic: above this many rows a seeded sample is clustered. */
    static final int HDBSCAN_FIT_LIMIT = 5_000;
    /** EM costs O(n k d^2) per iteration: above this many rows the mixture is fitted on a seeded sample. */
    static final int GMM_FIT_LIMIT = 20_000;
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private Segmenter() {
    }

    public static SegmentationResult run(FeatureInput input, SegmentOptions o, Progress progress) {
        return run(input, o, null, progress);
    }

    /** As {@link #run(FeatureInput, SegmentOptions, Progress)}, weighting the indicator columns of {@code oneHot} as blocks. */
    public static SegmentationResult run(FeatureInput input, SegmentOptions o, CategoricalEncoding oneHot,
                                         Progress progress) {
        progress.update(0, "preparing features");
        FittedFeaturePipeline pipeline = FeaturePipeline.fit(input,
                new FeatureOptions(o.features(), o.transform(), o.transform(), 1.0), oneHot);
        double[][] x = pipeline.transform(input);
        Points p = Points.of(x);
        if (p.n < 3) {
            throw new IllegalArgumentException("segmentation needs at least 3 rows, got " + p.n);
        }
        int kMax = Math.min(o.kMax(), p.n - 1);
        int kMin = Math.min(o.kMin(), kMax);
        List<String> notes = new ArrayList<>();
        SweepScorer scorer = new SweepScorer(p, o.seed(), THREADS, Silhouette.EXACT_LIMIT);
        Progress fitting = progress.slice(0.02, 0.8);

        Partition part;
        List<SweepPoint> sweep;
        String chosenBy;
        int fittedRows = p.n;
        if (o.algorithm() == Algorithm.HDBSCAN) {
            int minSize = o.minClusterSize() != null ? o.minClusterSize() : HdbscanClusterer.defaultMinClusterSize(p.n);
            part = HdbscanClusterer.fit(p, minSize, HDBSCAN_FIT_LIMIT, o.seed(), fitting);
            fittedRows = Math.min(p.n, HDBSCAN_FIT_LIMIT);
            if (p.n > HDBSCAN_FIT_LIMIT) {
                notes.add(String.format(Locale.ROOT, "HDBSCAN ran on a seeded sample of %,d rows; the other rows "
                        + "were assigned by the model's predict", HDBSCAN_FIT_LIMIT));
            }
            notes.add("minimum cluster size " + minSize);
            sweep = part.k() >= 1 ? List.of(scorer.score(part)) : List.of();
            chosenBy = "density";
        } else {
            Clusterer clusterer = clusterer(p, o, notes);
            if (clusterer instanceof WardClusterer w) {
                fittedRows = w.fitRowCount();
            } else if (clusterer instanceof GmmClusterer g) {
                fittedRows = g.fitRowCount();
            }
            int from = o.k() != null ? o.k() : kMin;
            int to = o.k() != null ? o.k() : kMax;
            if (to >= p.n) {
                throw new IllegalArgumentException("k = " + to + " needs more than " + p.n + " rows");
            }
            Sweep.Outcome outcome = Sweep.run(clusterer, scorer, from, to, fitting);
            sweep = outcome.points();
            int k = o.k() != null ? o.k() : choose(sweep, o.algorithm());
            chosenBy = o.k() != null ? "user" : o.algorithm() == Algorithm.GMM ? "bic" : "silhouette";
            part = outcome.at(k);
            if (clusterer instanceof GmmClusterer g) {
                part = new Partition(k, part.labels(), part.centers(), g.memberships(k), part.bic());
            }
        }
        part = bySize(part);
        int k = part.k();

        Silhouette.Score sil = scorer.silhouette(part);
        progress.checkCancelled();
        Stability stability = Bootstrap.estimate(p, o.algorithm(), k, part.labels(), o.bootstrap(), o.restarts(),
                o.seed(), progress.slice(0.8, 0.95));
        progress.update(0.95, "principal components");
        Centroids cents = Centroids.of(p, part.labels(), k);
        double[] confidence = part.memberships() != null ? maxProbability(part.memberships())
                : Assign.marginConfidence(p, part.labels(), cents.centers(), k);
        Pca.Result pca = Pca.fit(x, 3);
        int outliers = (int) Arrays.stream(part.labels()).filter(l -> l < 0).count();
        progress.update(1, "done");
        return new SegmentationResult(o.algorithm(), k, chosenBy, pipeline.featureNames(), pipeline.steps(), sweep,
                elbow(sweep), sil.value(), sil.sampled(), sil.sampleSize(), stability, outliers, part.labels(),
                confidence, part.memberships(), cents.asRows(p.d), x, pca, o.seed(), pipeline, fittedRows,
                List.copyOf(notes));
    }

    private static Clusterer clusterer(Points p, SegmentOptions o, List<String> notes) {
        switch (o.algorithm()) {
            case KMEANS:
                return new KMeansClusterer(p, o.restarts(), o.seed());
            case GMM: {
                GmmClusterer g = new GmmClusterer(p, o.restarts(), o.seed(), GMM_FIT_LIMIT);
                if (g.sampled()) {
                    notes.add(String.format(Locale.ROOT, "the Gaussian mixture was fitted on a seeded sample of "
                            + "%,d rows; every row got its membership probabilities", GMM_FIT_LIMIT));
                }
                return g;
            }
            case WARD: {
                WardClusterer w = new WardClusterer(p, WARD_FIT_LIMIT, o.seed());
                if (w.sampled()) {
                    notes.add(String.format(Locale.ROOT, "Ward linkage ran on a seeded sample of %,d rows; the "
                            + "other rows were assigned to the nearest segment centroid", WARD_FIT_LIMIT));
                }
                return w;
            }
            default:
                throw new IllegalArgumentException("no sweep for " + o.algorithm());
        }
    }

    /** Best silhouette (ties to the smaller k), or lowest BIC for Gaussian mixtures. */
    static int choose(List<SweepPoint> sweep, Algorithm algorithm) {
        SweepPoint best = null;
        for (SweepPoint s : sweep) {
            if (best == null) {
                best = s;
            } else if (algorithm == Algorithm.GMM ? s.bic() < best.bic() || Double.isNaN(best.bic())
                    : s.silhouette() > best.silhouette() || Double.isNaN(best.silhouette())) {
                best = s;
            }
        }
        return best.k();
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
