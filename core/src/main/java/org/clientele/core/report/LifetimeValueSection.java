package org.clientele.core.report;

import org.clientele.core.analysis.SegmentLabels;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.clv.ClvAnalysis;
import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerSegments;
import org.clientele.core.clv.SegmentClvTotals;
import org.clientele.core.clv.HoldoutWindow;
import org.clientele.core.clv.Purchase;
import org.clientele.core.clv.TransactionPurchases;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;

import java.nio.file.Path;
import java.util.List;

/**
 * The report's lifetime-value part: the clv stage as the workbench runs it (the last 13 weeks held out, BG/NBD
 * and Gamma–Gamma, no regressors), or why it could not be estimated, and the totals of the report's segments with
 * 90% ranges; the rest of the report never fails for it.
 *
 * @param result        the run, or null
 * @param unavailable   why there is no run (null when there is one)
 * @param segmentTotals lifetime value by segment, or null
 */
public record LifetimeValueSection(ClvResult result, String unavailable, SegmentClvTotals segmentTotals) {

    public LifetimeValueSection(ClvResult result, String unavailable) {
        this(result, unavailable, null);
    }

    static LifetimeValueSection run(Path file, ReadOptions options, long seed, SegmentationReport segments,
                                    Progress progress) {
        ClvResult result;
        try {
            List<Purchase> purchases = TransactionPurchases.read(file, options, CleaningRules.DEFAULT,
                    progress.slice(0, 0.3)).purchases();
            ClvOptions clv = ClvOptions.DEFAULT.withSeed(seed)
                    .withHoldout(HoldoutWindow.suggestCalibrationEnd(purchases), null);
            result = ClvAnalysis.run(purchases, clv, List.of(), false, progress.slice(0.3, 0.85));
        } catch (IllegalArgumentException e) {
            // UnusableDataException among them: a log the models cannot use still gets the rest of its report.
            return new LifetimeValueSection(null, e.getMessage());
        }
        SegmentClvTotals totals = null;
        if (segments != null) {
            try {
                SegmentLabels labels = SegmentLabels.of(segments);
                totals = SegmentClvTotals.of(result, CustomerSegments.ofLabels("the report's segments", labels.ids(),
                        labels.segments(), labels.names()), progress.slice(0.85, 1));
            } catch (IllegalArgumentException e) {
                // Segments of other ids: the section keeps its overall figures.
                totals = null;
            }
        }
        return new LifetimeValueSection(result, null, totals);
    }
}
