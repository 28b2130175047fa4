package org.clientele.core.segment;

import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007, "k-means++: the advantages of careful
 * seeding"): each new center is the best, by resulting potential, of 2 + floor(ln k) candidates drawn
 * with probability proportional to squared distance to the nearest chosen center (scikit-learn's variant).
 */
final class PlusPlusSeeding {

    private PlusPlusSeeding() {
    }

    /** Flat k x d centers, and for each row its nearest center and squared distance to it. */
    record Seeds(double[] centers, int[] labels, double[] closest) {
    }

    static Seeds seed(Points p, int k, SplittableRandom rnd) {
        int n = p.n;
        int d = p.d;
        double[] centers = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(p.x, first * d, centers, 0, d);
        double[] closest = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            closest[i] = p.dist2(i, centers, 0);
        }
        double[] toCandidate = new double[k];
        int trials = 2 + (int) Math.log(k);
        double[] cumulative = new double[n];
        double[] candidateDist = new double[n];
        double[] bestDist = new double[n];
        for (int c = 1; c < k; c++) {
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cumulative[i] = run;
            }
            int bestRow = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int row = run > 0 ? draw(cumulative, rnd.nextDouble() * run) : rnd.nextInt(n);
                double pot = 0;
                int b = row * d;
                for (int e = 0; e < c; e++) {
                    toCandidate[e] = p.dist2(row, centers, e);
                }
                for (int i = 0; i < n; i++) {
                    // triangle inequality: a candidate at least twice as far from the row's center as
                    // the row itself cannot be nearer to the row (Elkan 2003, lemma 1)
                    if (toCandidate[labels[i]] >= 4 * closest[i]) {
                        candidateDist[i] = closest[i];
                        pot += closest[i];
                        continue;
                    }
                    double s = 0;
                    int a = i * d;
                    for (int j = 0; j < d; j++) {
                        double v = p.x[a + j] - p.x[b + j];
                        s += v * v;
                    }
                    double m = Math.min(closest[i], s);
                    candidateDist[i] = m;
                    pot += m;
                }
                if (pot < bestPotential) {
                    bestPotential = pot;
                    bestRow = row;
                    double[] swap = bestDist;
                    bestDist = candidateDist;
                    candidateDist = swap;
                }
            }
            System.arraycopy(p.x, bestRow * d, centers, c * d, d);
            for (int i = 0; i < n; i++) {
                if (bestDist[i] < closest[i]) {
                    labels[i] = c;
                }
            }
            double[] swap = closest;
            closest = bestDist;
            bestDist = swap;
        }
        return new Seeds(centers, labels, closest);
    }

    /** First index whose cumulative weight exceeds {@code target} (binary search). */
    private static int draw(double[] cumulative, double target) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
