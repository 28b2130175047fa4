package org.clientele.core.clv;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lifetime value per segment (clv.json's {@code segmentTotals}): each segment's summed expected purchases, spend
 * and CLV over the horizon with 90% ranges from the same seeded parameter draws as the customers' intervals and
 * the overall totals. Within each draw the segment's customers are summed, then percentiles are taken over the
 * draws, so a range is the uncertainty of the total itself (narrower than a sum of per-customer ranges, since
 * customers share the parameters). Customers the segments do not name are listed as {@link #UNASSIGNED}.
 *
 * @param by       what the segments are (a file name or a column)
 * @param draws    parameter draws behind the ranges (null without ranges)
 * @param segments one entry per segment with customers, in the segments' order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentClvTotals(String by, String model, Integer draws, Double level, Long seed,
                               List<SegmentClvTotal> segments, List<String> warnings) {

    public static final String UNASSIGNED = "(not in the segments)";

    public SegmentClvTotals {
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /**
     * Sums the customers of a CLV run by segment; the ranges repeat the run's bootstrap (same fit, draws and
     * seed) with per-segment accumulation, or are left out when the run has no intervals.
     *
     * @throws UnusableDataException when no customer of the run is in any segment (segments of other data)
     */
    public static SegmentClvTotals of(ClvResult result, CustomerSegments segments, Progress progress) {
        List<CustomerClv> rows = result.customerValues();
        int n = rows.size();
        int named = segments.names().size();
        int[] segmentOf = new int[n];
        int unassigned = 0;
        for (int i = 0; i < n; i++) {
            int s = segments.indexOf(rows.get(i).customerId());
            segmentOf[i] = s < 0 ? named : s;
            unassigned += s < 0 ? 1 : 0;
        }
        if (n > 0 && unassigned == n) {
            throw new UnusableDataException(Reason.SEGMENTS, String.format(Locale.ROOT, "none of the %,d customers of"
                    + " the purchase log is in the segments of %s", n, segments.by()), "Give the assignments of a"
                    + " segmentation of the same customers (their ids must match the purchase log's)",
                    Setting.SEGMENTS);
        }
        int count = named + (unassigned > 0 ? 1 : 0);
        List<String> warnings = new ArrayList<>();
        if (unassigned > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d of %,d customers are in no segment of %s; they are totalled "
                    + "as %s", unassigned, n, segments.by(), UNASSIGNED));
        }
        double[][] point = new double[count][3];
        int[] customers = new int[count];
        for (int i = 0; i < n; i++) {
            CustomerClv c = rows.get(i);
            int s = segmentOf[i];
            customers[s]++;
            point[s][0] += c.expectedPurchases();
            point[s][1] += c.expectedSpend();
            point[s][2] += c.clv();
        }
        ParameterBootstrap.SegmentDraws draws = null;
        PurchaseModelFit fit = result.purchaseModel();
        if (result.uncertainty() != null && fit != null && fit.fitted() != null && fit.logCovariance() != null) {
            List<CustomerRfmSummary> summaries = new ArrayList<>(n);
            double[] spend = new double[n];
            for (int i = 0; i < n; i++) {
                CustomerClv c = rows.get(i);
                summaries.add(new CustomerRfmSummary(c.customerId(), c.frequency(), c.recency(), c.T(), c.monetary()));
                spend[i] = c.expectedAverageSpend();
            }
            draws = ParameterBootstrap.segmentDraws(fit, summaries, spend, segmentOf, count, result.horizonMonths(),
                    result.monthlyDiscountRate(), ClvTimeUnit.parse(result.timeUnit()), result.uncertainty().draws(),
                    result.uncertainty().seed(), progress, warnings);
        }
        List<SegmentClvTotal> totals = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            if (customers[s] == 0) {
                continue;
            }
            double[] p = draws == null ? nan() : ParameterBootstrap.range(draws.purchases()[s]);
            double[] m = draws == null ? nan() : ParameterBootstrap.range(draws.spend()[s]);
            double[] v = draws == null ? nan() : ParameterBootstrap.range(draws.clv()[s]);
            totals.add(new SegmentClvTotal(s < named ? segments.names().get(s) : UNASSIGNED, customers[s],
                    point[s][0], p[0], p[1], point[s][1], finite(m[0]), finite(m[1]), point[s][2], finite(v[0]),
                    finite(v[1])));
        }
        return new SegmentClvTotals(segments.by(), fit == null ? null : fit.model(),
                draws == null ? null : draws.draws(), draws == null ? null : ParameterBootstrap.LEVEL,
                draws == null ? null : result.uncertainty().seed(), totals, warnings);
    }

    private static double[] nan() {
        return new double[]{Double.NaN, Double.NaN};
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** Writes segment_totals.csv: one row per segment, empty cells where a range is unknown. */
    public void writeCsv(Path csv) {
        CsvOutput.write(csv, List.of("segment", "customers", "expectedPurchases", "expectedPurchasesLow",
                "expectedPurchasesHigh", "expectedSpend", "expectedSpendLow", "expectedSpendHigh", "clv", "clvLow",
                "clvHigh"), printer -> {
            for (SegmentClvTotal t : segments) {
                printer.row(List.of(t.segment(), Integer.toString(t.customers()), number(t.expectedPurchases()),
                        number(t.expectedPurchasesLow()), number(t.expectedPurchasesHigh()), number(t.expectedSpend()),
                        number(t.expectedSpendLow()), number(t.expectedSpendHigh()), number(t.clv()),
                        number(t.clvLow()), number(t.clvHigh())));
            }
        });
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
