package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.SplittableRandom;

/**
 * Stability of a solution: refit the same algorithm with the same k on B seeded bootstrap resamples,
 * label every row with each refitted model (nearest centroid, or most probable GMM component), and
 * compare with the reference labels by adjusted Rand index (Hubert &amp; Arabie 1985).
 */
final class Bootstrap {

    /** Resamples larger than this are capped: the estimate needs the shape, not every row. */
    static final int MAX_RESAMPLE = 50_000;

    private Bootstrap() {
    }

    static Stability estimate(Points p, Algorithm algorithm, int k, int[] reference, int resamples, int restarts,
                              long seed, Progress progress) {
        if (resamples == 0 || algorithm == Algorithm.HDBSCAN || k < 2) {
            return Stability.NOT_COMPUTED;
        }
        int m = Math.min(p.n, MAX_RESAMPLE);
        double[] ari = new double[resamples];
        SplittableRandom rnd = new SplittableRandom(seed ^ 0xB0075L);
        for (int b = 0; b < resamples; b++) {
            progress.checkCancelled();
            int[] idx = new int[m];
            for (int i = 0; i < m; i++) {
                idx[i] = rnd.nextInt(p.n);
            }
            Points s = p.subset(idx);
            long fitSeed = rnd.nextLong();
            ari[b] = AdjustedRandIndex.of(reference, relabel(p, s, algorithm, k, restarts, fitSeed));
            progress.update((b + 1.0) / resamples, "stability: resample " + (b + 1) + " of " + resamples);
        }
        double mean = 0;
        for (double a : ari) {
            mean += a;
        }
        mean /= resamples;
        double ss = 0;
        for (double a : ari) {
            ss += (a - mean) * (a - mean);
        }
        return new Stability(mean, Math.sqrt(ss / resamples), resamples, m);
    }

    private static int[] relabel(Points all, Points s, Algorithm algorithm, int k, int restarts, long seed) {
        switch (algorithm) {
            case KMEANS: {
                LloydKMeans.Fit f = LloydKMeans.fit(s, k, restarts, seed, Progress.NONE);
                return Assign.nearest(all, f.centers(), k);
            }
            case GMM: {
                return new GmmClusterer(s, restarts, seed, Segmenter.GMM_FIT_LIMIT).model(k, all);
            }
            case WARD: {
                Partition part = new WardClusterer(s, Segmenter.WARD_FIT_LIMIT, seed).fit(k, Progress.NONE);
                return Assign.nearest(all, part.centers(), k);
            }
            default:
                throw new IllegalArgumentException("no stability for " + algorithm);
        }
    }
}
