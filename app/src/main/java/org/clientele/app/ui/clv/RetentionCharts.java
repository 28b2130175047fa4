package org.clientele.app.ui.clv;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.dataset.spi.DoubleDataSet;
import org.clientele.core.clv.ContractResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * sBG's two charts, drawn from the projection the sBG stage computed (retention_projection.csv): the share of
 * the cohort still a customer after each period, observed (Kaplan–Meier) against the model, and the retention
 * rate of each period, the observed one where the data has it. A line marks the last observed period.
 */
final class RetentionCharts {

    private final XYChart survival = ClvCharts.chart("clv-retention-survival", "Customers still active (share of "
            + "the cohort)", "period", "survival");
    private final XYChart retention = ClvCharts.chart("clv-retention-rate", "Retention rate by period", "period",
            "retention rate");
    private final List<XValueIndicator> lastObserved = new ArrayList<>();

    RetentionCharts() {
        for (XYChart c : List.of(survival, retention)) {
            XValueIndicator line = new XValueIndicator(c.getXAxis(), 0, "last observed");
            line.setEditable(false);
            line.setLabelPosition(0.1);
            lastObserved.add(line);
            wholePeriods(c);
        }
    }

    XYChart survival() {
        return survival;
    }

    XYChart retention() {
        return retention;
    }

    void show(ContractResult r) {
        List<ContractResult.PeriodProjection> all = r == null ? List.of() : r.projection();
        List<ContractResult.PeriodProjection> observed = all.stream()
                .filter(p -> Double.isFinite(p.observedSurvival())).toList();
        List<ContractResult.PeriodProjection> rated = all.stream().filter(p -> p.period() > 0).toList();
        List<ContractResult.PeriodProjection> ratedObserved = rated.stream()
                .filter(p -> observedRetention(all, p.period()) != null).toList();
        ClvCharts.renderer(survival).getDatasets().setAll(
                set("observed", observed, ContractResult.PeriodProjection::observedSurvival, ClvCharts.ACTUAL),
                set("sBG", all, ContractResult.PeriodProjection::survival, ClvCharts.MODEL));
        ClvCharts.renderer(retention).getDatasets().setAll(
                set("observed", ratedObserved, p -> observedRetention(all, p.period()), ClvCharts.ACTUAL),
                set("sBG", rated, ContractResult.PeriodProjection::retentionRate, ClvCharts.MODEL));
        int last = observed.isEmpty() ? 0 : observed.get(observed.size() - 1).period();
        for (int i = 0; i < 2; i++) {
            XYChart c = i == 0 ? survival : retention;
            c.getPlugins().remove(lastObserved.get(i));
            if (last > 0 && last < all.size() - 1) {
                lastObserved.get(i).setValue(last + 0.5);
                c.getPlugins().add(lastObserved.get(i));
            }
        }
    }

    /** Labels on whole periods only: ChartFX's auto ticks fall on 2.5, 7.5, ..., which are no period. */
    private static void wholePeriods(XYChart chart) {
        var x = (io.fair_acc.chartfx.axes.spi.DefaultNumericAxis) chart.getXAxis();
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? org.clientele.app.ui.common.PlainTicks.format(v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
    }

    /** S(t) / S(t − 1) of the observed curve, or null past its end or after it reached zero. */
    static Double observedRetention(List<ContractResult.PeriodProjection> all, int t) {
        if (t < 1 || t >= all.size()) {
            return null;
        }
        double now = all.get(t).observedSurvival();
        double before = all.get(t - 1).observedSurvival();
        return Double.isFinite(now) && Double.isFinite(before) && before > 0 ? now / before : null;
    }

    private static DoubleDataSet set(String name, List<ContractResult.PeriodProjection> rows,
                                     java.util.function.Function<ContractResult.PeriodProjection, Double> y,
                                     String colour) {
        double[] xs = new double[rows.size()];
        double[] ys = new double[rows.size()];
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ContractResult.PeriodProjection p = rows.get(i);
            xs[i] = p.period();
            ys[i] = y.apply(p);
            labels[i] = String.format(Locale.ROOT, "period %d: %s %.3f", p.period(), name, ys[i]);
        }
        return ClvCharts.set(name, xs, ys, labels, colour);
    }
}
