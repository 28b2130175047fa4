package org.clientele.core.segment;

import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each k, fits k-means, the Gaussian mixture and Ward on the same rows and combines their
 * partitions by evidence accumulation ({@link CoAssociation}); new rows go to the nearest centroid
 * of the consensus segments.
 */
final class ConsensusClusterer implements Clusterer {

    /** What the three algorithms said at one k. */
    record Detail(int[][] memberLabels, double[] agreement) {
    }

    private final Points rows;
    private final List<Clusterer> members = new ArrayList<>();
    private final Map<Integer, double[]> centers = new HashMap<>();
    private final Map<Integer, Detail> details = new HashMap<>();

    ConsensusClusterer(Points rows, ConsensusOptions options, long seed) {
        this.rows = rows;
        for (ClustererOptions o : options.members()) {
            members.add(o.build(rows, seed));
        }
    }

    @Override
    public Partition fit(int k, Progress progress) {
        int[][] labels = new int[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            progress.checkCancelled();
            Progress slice = progress.slice((double) m / members.size(), (m + 1.0) / members.size());
            labels[m] = members.get(m).fit(k, slice).labels();
        }
        CoAssociation.Result consensus = new CoAssociation(labels).cut(k);
        Centroids c = Centroids.of(rows, consensus.labels(), k);
        centers.put(k, c.centers());
        details.put(k, new Detail(labels, consensus.agreement()));
        return Partition.hard(k, consensus.labels(), c.centers());
    }

    @Override
    public int[] predict(int k, Points other) {
        double[] c = centers.get(k);
        if (c == null) {
            throw new IllegalStateException("no consensus fitted for k=" + k);
        }
        return Assign.nearest(other, c, k);
    }

    @Override
    public int fitRowCount(Points all) {
        int fewest = all.n;
        for (Clusterer m : members) {
            fewest = Math.min(fewest, m.fitRowCount(all));
        }
        return fewest;
    }

    @Override
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        members.forEach(m -> out.addAll(m.notes()));
        return out;
    }

    /** The members' partitions and the per-segment agreement at k (segments numbered as fit(k) returned them). */
    Detail detail(int k) {
        Detail d = details.get(k);
        if (d == null) {
            throw new IllegalStateException("no consensus fitted for k=" + k);
        }
        return d;
    }
}
