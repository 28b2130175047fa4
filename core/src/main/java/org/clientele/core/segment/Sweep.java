package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.List;

/** Fits every k in [kMin, kMax] and scores each partition. */
final class Sweep {

    record Outcome(List<SweepPoint> points, List<Partition> partitions) {

        Partition at(int k) {
            for (Partition p : partitions) {
                if (p.k() == k) {
                    return p;
                }
            }
            throw new IllegalArgumentException("k=" + k + " was not swept");
        }
    }

    private Sweep() {
    }

    static Outcome run(Clusterer clusterer, SweepScorer scorer, int kMin, int kMax, Progress progress) {
        List<SweepPoint> points = new ArrayList<>();
        List<Partition> parts = new ArrayList<>();
        int steps = kMax - kMin + 1;
        for (int k = kMin; k <= kMax; k++) {
            progress.checkCancelled();
            int step = k - kMin;
            Progress slice = progress.slice((double) step / steps, (step + 1.0) / steps);
            slice.update(0, "fitting k=" + k);
            Partition part = clusterer.fit(k, slice.slice(0, 0.8));
            progress.checkCancelled();
            slice.update(0.8, "scoring k=" + k);
            points.add(scorer.score(part));
            parts.add(part);
            slice.update(1, "k=" + k + " done");
        }
        return new Outcome(points, parts);
    }
}
