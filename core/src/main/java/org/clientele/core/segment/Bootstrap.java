package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Stability of solutions: refit the same algorithm on B seeded bootstrap resamples (one clusterer per
 * resample, fitted at every k asked for), label every row with each refitted model, and compare with
 * the reference labels by adjusted Rand index (Hubert &amp; Arabie 1985), and per segment by the
 * Jaccard coefficient with the most similar refitted cluster on the rows drawn into the resample
 * (Hennig 2007, "Cluster-wise assessment of cluster stability", CSDA 52:258-271, as R's clusterboot).
 */
final class Bootstrap {

    /** Resamples larger than this are capped: the estimate needs the shape, not every row. */
    static final int MAX_RESAMPLE = 50_000;

    private Bootstrap() {
    }

    /** Stability of one reference labelling with k segments. */
    static Stability estimate(Points p, ClustererOptions algorithm, int k, int[] reference, int resamples,
                              long seed, Progress progress) {
        if (resamples == 0 || k < 2) {
            return Stability.NOT_COMPUTED;
        }
        return estimate(p, algorithm, List.of(Partition.hard(k, reference, new double[0])), resamples, seed, progress)
                .get(k);
    }

    /** Stability of every reference partition (one per k), from the same resamples. */
    static Map<Integer, Stability> estimate(Points p, ClustererOptions algorithm, List<Partition> references,
                                            int resamples, long seed, Progress progress) {
        Map<Integer, Stability> out = new LinkedHashMap<>();
        if (resamples == 0) {
            references.forEach(r -> out.put(r.k(), Stability.NOT_COMPUTED));
            return out;
        }
        int m = Math.min(p.n, MAX_RESAMPLE);
        int kCount = references.size();
        double[][] ari = new double[kCount][resamples];
        List<double[]> jaccardSums = new ArrayList<>();
        List<int[]> jaccardCounts = new ArrayList<>();
        for (Partition r : references) {
            jaccardSums.add(new double[r.k()]);
            jaccardCounts.add(new int[r.k()]);
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0xB0075L);
        ClustererOptions refits = algorithm.forResamples();
        for (int b = 0; b < resamples; b++) {
            progress.checkCancelled();
            int[] idx = new int[m];
            boolean[] drawn = new boolean[p.n];
            for (int i = 0; i < m; i++) {
                idx[i] = rnd.nextInt(p.n);
                drawn[idx[i]] = true;
            }
            Clusterer refit = refits.build(p.subset(idx), rnd.nextLong());
            for (int r = 0; r < kCount; r++) {
                Partition ref = references.get(r);
                refit.fit(ref.k(), Progress.NONE);
                int[] labels = refit.predict(ref.k(), p);
                ari[r][b] = AdjustedRandIndex.of(ref.labels(), labels);
                double[] jac = jaccard(ref.labels(), ref.k(), labels, ref.k(), drawn);
                for (int c = 0; c < ref.k(); c++) {
                    if (!Double.isNaN(jac[c])) {
                        jaccardSums.get(r)[c] += jac[c];
                        jaccardCounts.get(r)[c]++;
                    }
                }
                progress.checkCancelled();
            }
            progress.update((b + 1.0) / resamples, "stability: resample " + (b + 1) + " of " + resamples);
        }
        for (int r = 0; r < kCount; r++) {
            double[] segment = new double[references.get(r).k()];
            for (int c = 0; c < segment.length; c++) {
                int count = jaccardCounts.get(r)[c];
                segment[c] = count == 0 ? Double.NaN : jaccardSums.get(r)[c] / count;
            }
            out.put(references.get(r).k(), Stability.of(ari[r], m, segment));
        }
        return out;
    }

    /**
     * Per reference cluster, the largest Jaccard coefficient |C ∩ D| / |C ∪ D| with a cluster D of
     * {@code other}, both restricted to the rows with {@code within} set; NaN for a cluster with no such row.
     */
    static double[] jaccard(int[] reference, int k, int[] other, int kOther, boolean[] within) {
        int[][] both = new int[k][kOther];
        int[] refSize = new int[k];
        int[] otherSize = new int[kOther];
        for (int i = 0; i < reference.length; i++) {
            if (!within[i]) {
                continue;
            }
            int a = reference[i];
            int b = other[i];
            if (a >= 0) {
                refSize[a]++;
            }
            if (b >= 0) {
                otherSize[b]++;
            }
            if (a >= 0 && b >= 0) {
                both[a][b]++;
            }
        }
        double[] out = new double[k];
        for (int a = 0; a < k; a++) {
            if (refSize[a] == 0) {
                out[a] = Double.NaN;
                continue;
            }
            double best = 0;
            for (int b = 0; b < kOther; b++) {
                int inter = both[a][b];
                best = Math.max(best, inter / (double) (refSize[a] + otherSize[b] - inter));
            }
            out[a] = best;
        }
        return out;
    }
}
