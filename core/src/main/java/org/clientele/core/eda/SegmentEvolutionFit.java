package org.clientele.core.eda;

import org.clientele.core.features.FeatureInput;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.Segmenter;
import org.clientele.core.segment.profile.ProfileInput;
import org.clientele.core.segment.profile.SegmentExplanation;
import org.clientele.core.segment.profile.SegmentNamer;
import org.clientele.core.segment.profile.SegmentProfiler;
import org.clientele.core.task.Progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Builds quarter-end RFM snapshots from customers' monthly activity, segments them pooled, and counts moves. */
final class SegmentEvolutionFit {

    static final List<String> FEATURES = List.of("recency_days", "frequency", "monetary");
    static final String NEW = "Not yet a customer";

    private SegmentEvolutionFit() {
    }

    /** @return null when there are fewer than two quarters or too few snapshots to segment */
    static SegmentEvolution fit(CustomerActivity activity, long seed, Progress progress) {
        if (activity.customers.isEmpty()) {
            return null;
        }
        int firstMonth = activity.customers.values().stream().mapToInt(TreeMap::firstKey).min().getAsInt();
        int firstQuarter = Math.floorDiv(firstMonth, 3);
        int lastQuarter = Math.floorDiv(activity.lastMonth(), 3);
        int quarters = lastQuarter - firstQuarter + 1;
        if (quarters < 2) {
            return null;
        }
        List<String> ids = new ArrayList<>(activity.customers.keySet());
        ids.sort(null);
        List<String> rowIds = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // {quarter, customer}
        List<String> quarterLabels = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int q = 0; q < quarters; q++) {
            int endMonth = (firstQuarter + q) * 3 + 2;
            LocalDate end = CustomerActivity.month(endMonth).atEndOfMonth();
            LocalDate snapshot = end.toEpochDay() > activity.lastDay() ? LocalDate.ofEpochDay(activity.lastDay()) : end;
            quarterLabels.add(CustomerActivity.month(endMonth).getYear() + "-Q" + ((endMonth % 12) / 3 + 1));
            dates.add(snapshot.toString());
            for (int c = 0; c < ids.size(); c++) {
                double[] rfm = snapshot(activity.customers.get(ids.get(c)).headMap(endMonth, true), snapshot);
                if (rfm != null) {
                    rows.add(rfm);
                    where.add(new int[] {q, c});
                    rowIds.add(ids.get(c) + "@" + quarterLabels.get(q));
                }
            }
        }
        if (rows.size() < 10) {
            return null;
        }
        double[][] columns = new double[FEATURES.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int f = 0; f < FEATURES.size(); f++) {
                columns[f][r] = rows.get(r)[f];
            }
        }
        SegmentOptions options = SegmentOptions.DEFAULT.withRange(3, 6).withBootstrap(0).withRestarts(4).withSeed(seed);
        SegmentationResult seg = Segmenter.run(new FeatureInput(rowIds, "customer_quarter", FEATURES, columns), options,
                progress.slice(0, 0.9));
        int k = seg.k();
        int[] labels = seg.labels();
        List<String> names = names(columns, labels, k);

        int[][] sizes = new int[quarters][k];
        int[][] label = new int[quarters][ids.size()];
        for (int[] l : label) {
            java.util.Arrays.fill(l, -1);
        }
        for (int r = 0; r < labels.length; r++) {
            int[] qc = where.get(r);
            label[qc[0]][qc[1]] = labels[r];
            sizes[qc[0]][labels[r]]++;
        }
        String[] rowNames = new String[k + 1];
        String[] colNames = new String[k];
        for (int s = 0; s < k; s++) {
            rowNames[s] = names.get(s);
            colNames[s] = names.get(s);
        }
        rowNames[k] = NEW;
        List<QuarterTransition> transitions = new ArrayList<>();
        int[][] total = new int[k + 1][k];
        for (int q = 0; q + 1 < quarters; q++) {
            int[][] counts = new int[k + 1][k];
            for (int c = 0; c < ids.size(); c++) {
                int to = label[q + 1][c];
                if (to >= 0) {
                    int from = label[q][c] >= 0 ? label[q][c] : k;
                    counts[from][to]++;
                    total[from][to]++;
                }
            }
            transitions.add(QuarterTransition.of(quarterLabels.get(q), quarterLabels.get(q + 1), rowNames, colNames, counts));
        }
        progress.update(1, "segment evolution done");
        return new SegmentEvolution(quarterLabels, dates, FEATURES, seg.kChosenBy(), k, names, means(columns, labels, k),
                sizes, transitions, QuarterTransition.of(quarterLabels.get(0), quarterLabels.get(quarters - 1), rowNames,
                colNames, total), seg.silhouette(), labels.length, seed, seg.preprocessing());
    }

    /** {recency days, orders, spend} as of the snapshot day, or null before the first purchase. */
    private static double[] snapshot(NavigableMap<Integer, CustomerActivity.Month> upTo, LocalDate snapshot) {
        if (upTo.isEmpty()) {
            return null;
        }
        double orders = 0;
        double spend = 0;
        long last = Long.MIN_VALUE;
        for (Map.Entry<Integer, CustomerActivity.Month> e : upTo.entrySet()) {
            orders += e.getValue().orders;
            spend += e.getValue().revenue;
            last = Math.max(last, e.getValue().lastDay);
        }
        // Recency counts to the day after the snapshot, as the customer table counts to the day after the log.
        return new double[] {snapshot.toEpochDay() + 1 - last, orders, spend};
    }

    private static List<String> names(double[][] columns, int[] labels, int k) {
        String[] names = new String[k];
        for (int s = 0; s < k; s++) {
            names[s] = "Segment " + (s + 1);
        }
        for (SegmentExplanation e : SegmentNamer.withDefaults()
                .explain(SegmentProfiler.profile(ProfileInput.of(FEATURES, columns, labels)))) {
            names[e.id()] = e.label().displayName();
        }
        return List.of(names);
    }

    private static double[][] means(double[][] columns, int[] labels, int k) {
        double[][] sum = new double[k][columns.length];
        int[] n = new int[k];
        for (int r = 0; r < labels.length; r++) {
            n[labels[r]]++;
            for (int f = 0; f < columns.length; f++) {
                sum[labels[r]][f] += columns[f][r];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int f = 0; f < columns.length; f++) {
                sum[s][f] = n[s] == 0 ? Double.NaN : sum[s][f] / n[s];
            }
        }
        return sum;
    }
}
