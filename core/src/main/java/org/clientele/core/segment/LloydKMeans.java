package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * k-means on a flat primitive matrix: greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007, with
 * scikit-learn's 2 + ln k local trials) and Lloyd iterations accelerated with Hamerly's bounds
 * (Hamerly 2010, "Making k-means even faster"), which skip most distance computations once centroids
 * settle. Written here rather than calling Tribuo's KMeansTrainer, by measurement (SegmentBenchmark,
 * k = 2..10, 10 restarts, silhouette + Davies–Bouldin + Calinski–Harabasz, same JVM after warm-up):
 * on the 4,338 x 3 Online Retail RFM matrix Tribuo took 1.60 s and this 0.66 s (scikit-learn: 1.9 s);
 * on 100,000 x 8 blobs Tribuo needed 210 s per sweep (146 s CPU; sparse examples, a full
 * scan per iteration, no tolerance) against 13 s (8 s CPU) here: it cannot sweep 1,000,000 x 8 in a minute.
 * Tribuo stays available as the reference engine of the benchmark ({@link TribuoKMeans}).
 * Stopping rule as scikit-learn: labels unchanged, or total squared centroid shift &lt;= tol x mean
 * feature variance (tol = 1e-4), at most 300 iterations.
 */
final class LloydKMeans {

    static final int MAX_ITERATIONS = 300;
    static final double TOLERANCE = 1e-4;

    private LloydKMeans() {
    }

    /** One fitted solution: flat k x d centroids, labels, inertia, iterations run. */
    record Fit(double[] centers, int[] labels, double inertia, int iterations) {
    }

    /**
     * Best of {@code restarts} seeded runs (lowest inertia; ties to the earliest restart). Restarts run
     * in parallel on the common pool; each has its own random stream, so the result does not depend
     * on scheduling.
     */
    static Fit fit(Points p, int k, int restarts, long seed, Progress progress) {
        double tol = TOLERANCE * meanVariance(p);
        Fit[] fits = new Fit[restarts];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, restarts).parallel().forEach(r -> {
            progress.checkCancelled();
            fits[r] = fitOnce(p, k, restartSeed(seed, k, r), tol, progress);
            int finished = done.incrementAndGet();
            progress.update((double) finished / restarts, "k=" + k + ": restart " + finished + " of " + restarts);
        });
        Fit best = fits[0];
        for (Fit f : fits) {
            if (f.inertia() < best.inertia()) {
                best = f;
            }
        }
        return best;
    }

    static long restartSeed(long seed, int k, int restart) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k * 1_000_003L + restart).nextLong();
    }

    static double meanVariance(Points p) {
        double total = 0;
        for (int j = 0; j < p.d; j++) {
            double mean = 0;
            for (int i = 0; i < p.n; i++) {
                mean += p.x[i * p.d + j];
            }
            mean /= p.n;
            double ss = 0;
            for (int i = 0; i < p.n; i++) {
                double t = p.x[i * p.d + j] - mean;
                ss += t * t;
            }
            total += ss / p.n;
        }
        return total / p.d;
    }

    static Fit fitOnce(Points p, int k, long seed, double tol, Progress progress) {
        PlusPlusSeeding.Seeds s = PlusPlusSeeding.seed(p, k, new SplittableRandom(seed));
        return lloyd(p, s.centers(), s.labels(), s.closest(), k, tol, progress);
    }

    /**
     * Hamerly-accelerated Lloyd iterations from the seeding's centers (modified in place), nearest
     * centers and squared distances: the lower bounds start at 0, so the first pass only scans rows
     * that are not clearly inside their cell. Cluster sums are kept up to date as rows move, so a
     * center update costs O(k d) instead of a pass over the data.
     */
    static Fit lloyd(Points p, double[] centers, int[] seedLabels, double[] seedDist2, int k, double tol,
                     Progress progress) {
        State s = new State(p, centers, seedLabels.clone(), k);
        for (int i = 0; i < p.n; i++) {
            s.upper[i] = Math.sqrt(seedDist2[i]);
        }
        int iter = 0;
        while (iter < MAX_ITERATIONS) {
            iter++;
            if ((iter & 7) == 0) {
                progress.checkCancelled();
            }
            double total = s.moveCenters();
            // after each move the labels are brought up to date with a (pruned) pass, so they are
            // exact for the returned centers, as scikit-learn's final E-step
            boolean changed = s.assign();
            if (!changed || total <= tol) {
                break;
            }
        }
        double inertia = ClusterIndices.inertia(p, s.label, centers);
        return new Fit(centers, s.label, inertia, iter);
    }

    /** Labels, Hamerly bounds and running cluster sums of one run. */
    private static final class State {
        final Points p;
        final double[] centers;
        final int[] label;
        final int k;
        final double[] upper;
        final double[] lower;
        final double[] sums;
        final int[] sizes;
        final double[] half;
        final double[] shift;
        /** Center-to-center distances, k x k, refreshed each pass. */
        final double[] between;

        State(Points p, double[] centers, int[] label, int k) {
            this.p = p;
            this.centers = centers;
            this.label = label;
            this.k = k;
            upper = new double[p.n];
            lower = new double[p.n];
            sums = new double[k * p.d];
            sizes = new int[k];
            half = new double[k];
            shift = new double[k];
            between = new double[k * k];
            for (int i = 0; i < p.n; i++) {
                add(i, label[i], 1);
            }
        }

        private void add(int i, int c, int sign) {
            sizes[c] += sign;
            int b = i * p.d;
            int o = c * p.d;
            for (int j = 0; j < p.d; j++) {
                sums[o + j] += sign * p.x[b + j];
            }
        }

        /** Centers become the cluster means; returns the total squared shift. */
        double moveCenters() {
            int d = p.d;
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    reseed(c);
                }
            }
            double total = 0;
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double v = sums[c * d + j] / sizes[c];
                    double t = v - centers[c * d + j];
                    s += t * t;
                    centers[c * d + j] = v;
                }
                shift[c] = Math.sqrt(s);
                total += s;
            }
            return total;
        }

        /** scikit-learn's remedy for an empty cluster: move the row farthest from its center into it. */
        private void reseed(int c) {
            int far = -1;
            double worst = -1;
            for (int i = 0; i < p.n; i++) {
                if (sizes[label[i]] > 1) {
                    double dd = p.dist2(i, centers, label[i]);
                    if (dd > worst) {
                        worst = dd;
                        far = i;
                    }
                }
            }
            add(far, label[far], -1);
            add(far, c, 1);
            label[far] = c;
            upper[far] = Double.POSITIVE_INFINITY;
            lower[far] = 0;
        }

        /** One Hamerly assignment pass after the centers moved; true if any label changed. */
        boolean assign() {
            updateBounds();
            halfNearest();
            boolean changed = false;
            for (int i = 0; i < p.n; i++) {
                int a = label[i];
                double m = Math.max(half[a], lower[i]);
                if (upper[i] <= m) {
                    continue;
                }
                upper[i] = Math.sqrt(p.dist2(i, centers, a));
                if (upper[i] <= m) {
                    continue;
                }
                int b = scan(i, a);
                if (b != a) {
                    add(i, a, -1);
                    add(i, b, 1);
                    changed = true;
                }
            }
            return changed;
        }

        /**
         * Scan of row i, whose exact distance to its center a is upper[i]: sets its label, upper (nearest)
         * and lower (second nearest, or a lower bound of it) distance. A center c with |c_a - c| >= 2 upper
         * cannot be nearer (Elkan 2003, lemma 1) and is skipped; its distance is then at least
         * |c_a - c| - upper, which bounds the second nearest from below.
         */
        private int scan(int i, int a) {
            double u = upper[i];
            double d1 = u * u;
            double d2 = Double.POSITIVE_INFINITY;
            double skippedLow = Double.POSITIVE_INFINITY;
            int best = a;
            for (int c = 0; c < k; c++) {
                if (c == a) {
                    continue;
                }
                double cc = between[a * k + c];
                if (cc >= 2 * u) {
                    skippedLow = Math.min(skippedLow, cc - u);
                    continue;
                }
                double dd = p.dist2(i, centers, c);
                if (dd < d1) {
                    d2 = d1;
                    d1 = dd;
                    best = c;
                } else if (dd < d2) {
                    d2 = dd;
                }
            }
            label[i] = best;
            upper[i] = Math.sqrt(d1);
            lower[i] = Math.min(Math.sqrt(d2), skippedLow);
            return best;
        }

        private void updateBounds() {
            int maxC = 0;
            double max1 = 0;
            double max2 = 0;
            for (int c = 0; c < k; c++) {
                if (shift[c] > max1) {
                    max2 = max1;
                    max1 = shift[c];
                    maxC = c;
                } else if (shift[c] > max2) {
                    max2 = shift[c];
                }
            }
            for (int i = 0; i < p.n; i++) {
                int a = label[i];
                upper[i] += shift[a];
                lower[i] -= a == maxC ? max2 : max1;
            }
        }

        private void halfNearest() {
            for (int a = 0; a < k; a++) {
                double m = Double.POSITIVE_INFINITY;
                for (int b = 0; b < k; b++) {
                    double dist = a == b ? 0 : Math.sqrt(ClusterIndices.centerDist2(centers, a, b, p.d));
                    between[a * k + b] = dist;
                    if (a != b) {
                        m = Math.min(m, dist);
                    }
                }
                half[a] = 0.5 * m;
            }
        }
    }
}
