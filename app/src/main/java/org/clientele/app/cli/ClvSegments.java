package org.clientele.app.cli;

import org.clientele.core.analysis.SegmentRunFiles;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerCovariateReader;
import org.clientele.core.clv.CustomerCovariates;
import org.clientele.core.clv.CustomerSegments;
import org.clientele.core.clv.SegmentClvTotal;
import org.clientele.core.clv.SegmentClvTotals;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code clv --segments FILE|DIR} or {@code --group-by COLUMN}: lifetime value totals per segment (a ClvCommand mixin). */
final class ClvSegments {

    @Option(names = "--segments", paramLabel = "FILE|DIR",
            description = {"assignments.csv of a segment run (or its folder): each segment's total expected",
                    "purchases, spend and CLV with 90%% ranges (clv.json 'segmentTotals', DIR/segment_totals.csv)."})
    Path assignments;

    @Option(names = "--group-by", paramLabel = "COLUMN",
            description = {"A purchase-log column (e.g. country) to total lifetime value by, each customer taking",
                    "the value on their first purchase; the same outputs as --segments."})
    String groupBy;

    boolean requested() {
        return assignments != null || groupBy != null;
    }

    Path csv(Path out) {
        return out.resolve("segment_totals.csv");
    }

    /** Usage problems found before any work: both options, or --group-by without a purchase log. */
    void check(boolean summaryInput) {
        if (assignments != null && groupBy != null) {
            throw new CliException(ExitCodes.USAGE, "Give --segments or --group-by, not both.");
        }
        if (groupBy != null && summaryInput) {
            throw new CliException(ExitCodes.USAGE, "--group-by reads a column of a purchase log; a summary has none.");
        }
    }

    SegmentClvTotals run(Path file, ReadOptions read, ClvResult result, Progress progress) {
        CustomerSegments segments;
        if (assignments != null) {
            Path csv = Files.isDirectory(assignments) ? assignments.resolve(SegmentRunFiles.ASSIGNMENTS) : assignments;
            SegmentRunFiles.Assignments a = SegmentRunFiles.readAssignmentsFile(csv);
            segments = CustomerSegments.ofLabels(csv.getFileName().toString(), a.ids(), a.segments(), a.names());
        } else {
            CustomerCovariates values = CustomerCovariateReader.fromPurchaseLog(file, read, List.of(groupBy));
            Map<String, String> valueOf = new HashMap<>();
            values.values().forEach((id, v) -> valueOf.put(id, v[0]));
            segments = CustomerSegments.ofValues(groupBy, valueOf);
        }
        return SegmentClvTotals.of(result, segments, progress);
    }

    static void print(SegmentClvTotals totals, int horizonMonths, PrintWriter console) {
        boolean ranges = totals.draws() != null;
        console.printf(Locale.ROOT, "Lifetime value by %s over %d months%s:%n  %-28s %10s %26s %30s%n", totals.by(),
                horizonMonths, ranges ? " (90% ranges)" : "", "segment", "customers", "expected purchases", "CLV");
        for (SegmentClvTotal t : totals.segments()) {
            console.printf(Locale.ROOT, "  %-28s %,10d %26s %30s%n", t.segment(), t.customers(),
                    figure(t.expectedPurchases(), t.expectedPurchasesLow(), t.expectedPurchasesHigh(), ranges),
                    figure(t.clv(), t.clvLow(), t.clvHigh(), ranges));
        }
        for (String w : totals.warnings()) {
            console.println("  warning: " + w);
        }
    }

    private static String figure(double value, double low, double high, boolean ranges) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        return !ranges || !Double.isFinite(low) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f)", value, low, high);
    }
}
