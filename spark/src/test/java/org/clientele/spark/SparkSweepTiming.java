package org.clientele.spark;

import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.profile.ColumnVocabulary;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;

import java.nio.file.Path;
import java.util.List;

/** Times the Spark sweep against the in-process one on a log's RFM table: {@code SparkSweepTiming FILE [MASTER]}. */
public final class SparkSweepTiming {

    private SparkSweepTiming() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        CustomerTable customers = new CustomerTableBuilder().build(file, Progress.NONE);
        SegmentOptions options = SegmentOptions.builder().features(List.of("recency_days", "frequency", "monetary")).build();
        try (SparkEngine engine = SparkEngine.start(args.length > 1 ? args[1] : "local[2]")) {
            for (SegmentationRun.Clustering c : List.of(SegmentationRun.IN_PROCESS, engine.clustering())) {
                long t0 = System.nanoTime();
                SegmentationReport r = SegmentationRun.run(file, customers.toTable(), options, RfmRuleTable.defaults(),
                        ColumnVocabulary.defaults(), c, Progress.NONE);
                System.out.printf("%s: k=%d (%s) silhouette %.4f in %.1f s%n", c == SegmentationRun.IN_PROCESS
                        ? "in-process" : "spark", r.result().k(), r.result().kChosenBy(), r.result().silhouette(),
                        (System.nanoTime() - t0) / 1e9);
                r.result().sweep().forEach(p -> System.out.printf("  k=%d inertia %.1f silhouette %.4f stability %.3f%n",
                        p.k(), p.inertia(), p.silhouette(), p.stability()));
            }
        }
    }
}
