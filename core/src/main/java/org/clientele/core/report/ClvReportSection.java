package org.clientele.core.report;

import org.clientele.core.clv.BgNbdGammaGammaPredictor;
import org.clientele.core.clv.ClvDiagnostics;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.HoldoutScore;
import org.clientele.core.clv.SegmentClvTotal;
import org.clientele.core.clv.SegmentClvTotals;

import java.util.Locale;

/** The report's "Lifetime value" section: what the models expect, how they did on the holdout, and the charts. */
final class ClvReportSection {

    private ClvReportSection() {
    }

    static void render(StringBuilder h, LifetimeValueSection section) {
        if (section == null) {
            return;
        }
        h.append("<h2 id=\"lifetime-value\">Lifetime value</h2>\n");
        ClvResult r = section.result();
        if (r == null) {
            h.append("<p>Lifetime value could not be estimated: ").append(Html.esc(section.unavailable()))
                    .append(".</p>\n");
            return;
        }
        h.append("<p>BG/NBD (how often each customer buys and when they stop) and Gamma–Gamma (how much they spend) ")
                .append("were fitted on ").append(Html.whole(r.customers())).append(" customers. Over the next ")
                .append(r.horizonMonths()).append(" months they are expected to spend ")
                .append(Html.whole(Math.round(r.totalExpectedSpend()))).append(" (lifetime value ")
                .append(Html.whole(Math.round(r.totalClv()))).append(String.format(Locale.ROOT,
                        " discounted %.0f%% a month).", 100 * r.monthlyDiscountRate())).append("</p>\n");
        segments(h, section.segmentTotals(), r.horizonMonths());
        ClvDiagnostics d = r.diagnostics();
        if (r.calibrationEnd() != null) {
            h.append("<p>To check them, the models were first fitted on purchases up to ")
                    .append(Html.esc(r.calibrationEnd().toString())).append(" only and compared with what customers ")
                    .append("did in the weeks after, up to ").append(Html.esc(String.valueOf(r.holdoutEnd())))
                    .append(".</p>\n");
            if (d != null && d.seasonality() != null) {
                h.append("<p class=\"action\">").append(Html.esc(d.seasonality().sentence())).append("</p>\n");
            }
            scores(h, r);
        }
        if (d != null && d.tracking() != null && !d.tracking().weeks().isEmpty()) {
            h.append(ClvSvgCharts.tracking(d.tracking(), true)).append('\n');
            h.append(ClvSvgCharts.tracking(d.tracking(), false)).append('\n');
        }
        if (r.holdout() != null) {
            r.holdout().stream().filter(s -> s.model().equals(BgNbdGammaGammaPredictor.NAME)).findFirst()
                    .ifPresent(s -> h.append(ClvSvgCharts.byFrequency(s.byCalibrationFrequency())).append('\n'));
        }
        if (d != null && d.probabilityAliveMatrix() != null && !d.probabilityAliveMatrix().values().isEmpty()) {
            h.append(ClvSvgCharts.aliveHeatmap(d.probabilityAliveMatrix())).append('\n');
        }
    }

    /** Each segment's expected purchases and lifetime value with 90% ranges (the segments' own totals). */
    private static void segments(StringBuilder h, SegmentClvTotals totals, int months) {
        if (totals == null || totals.segments().isEmpty()) {
            return;
        }
        boolean ranges = totals.draws() != null;
        h.append("<p>By segment, over the next ").append(months).append(" months").append(ranges
                ? " (90% ranges from the uncertainty of the model's parameters, each segment's customers summed "
                + "together):" : ":").append("</p>\n");
        h.append("<table><tr><th>Segment</th><th class=\"n\">Customers</th><th class=\"n\">Expected purchases</th>")
                .append("<th class=\"n\">Expected spend</th><th class=\"n\">Lifetime value</th></tr>\n");
        for (SegmentClvTotal t : totals.segments()) {
            h.append("<tr><td>").append(Html.esc(t.segment())).append("</td><td class=\"n\">")
                    .append(Html.whole(t.customers())).append("</td><td class=\"n\">")
                    .append(ranged(t.expectedPurchases(), t.expectedPurchasesLow(), t.expectedPurchasesHigh()))
                    .append("</td><td class=\"n\">")
                    .append(ranged(t.expectedSpend(), t.expectedSpendLow(), t.expectedSpendHigh()))
                    .append("</td><td class=\"n\">").append(ranged(t.clv(), t.clvLow(), t.clvHigh()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String ranged(double value, double low, double high) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String v = Html.whole(Math.round(value));
        return Double.isFinite(low) && Double.isFinite(high)
                ? v + " (" + Html.whole(Math.round(low)) + "–" + Html.whole(Math.round(high)) + ")" : v;
    }

    private static void scores(StringBuilder h, ClvResult r) {
        if (r.holdout() == null || r.holdout().isEmpty()) {
            return;
        }
        h.append("<table><tr><th>Holdout spend predicted by</th><th class=\"n\">RMSE</th><th class=\"n\">MAE</th>")
                .append("<th class=\"n\">Spearman</th><th class=\"n\">Normalized Gini</th>")
                .append("<th class=\"n\">Decile MAPE</th><th class=\"n\">Top 10% capture</th></tr>\n");
        for (HoldoutScore s : r.holdout()) {
            h.append("<tr><td>").append(Html.esc(name(s.model()))).append("</td><td class=\"n\">")
                    .append(Html.figure(s.rmse())).append("</td><td class=\"n\">").append(Html.figure(s.mae()))
                    .append("</td><td class=\"n\">").append(Html.decimal(s.spearman(), 3)).append("</td><td class=\"n\">")
                    .append(s.ranking() == null ? "" : Html.decimal(s.ranking().normalizedGini(), 3))
                    .append("</td><td class=\"n\">")
                    .append(s.ranking() == null ? "" : Html.percent(s.ranking().decileMape()))
                    .append("</td><td class=\"n\">").append(Html.percent(s.topDecileCapture())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String name(String model) {
        return switch (model) {
            case "naive" -> "naive (each customer keeps their calibration rate)";
            case BgNbdGammaGammaPredictor.NAME -> "BG/NBD × Gamma–Gamma";
            default -> model;
        };
    }
}
