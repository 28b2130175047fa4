package org.clientele.app.ui.clv;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;
import org.clientele.app.ui.common.PlainTicks;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.clv.FrequencyBin;
import org.clientele.core.clv.PurchaseTracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ChartFX charts of the Lifetime value tab: repeat purchases week by week (cumulative and weekly, actual
 * against the model, the calibration end marked) and mean holdout purchases by calibration frequency. They only
 * draw numbers the clv stage computed.
 */
final class ClvCharts {

    static final String ACTUAL = "#1f2933";
    static final String MODEL = "#2f6fb2";
    static final String SEASONAL = "#d9822b";

    private final XYChart cumulative = chart("clv-tracking-cumulative", "Cumulative repeat purchases",
            "week", "repeat purchases");
    private final XYChart weekly = chart("clv-tracking-weekly", "Repeat purchases per week", "week",
            "repeat purchases");
    private final CategoryAxis frequencies = new CategoryAxis("repeat purchases in calibration");
    private final XYChart byFrequency = chart("clv-by-frequency",
            "Holdout purchases by calibration purchases (mean per customer)", frequencies, "holdout purchases");
    private final List<XValueIndicator> dividers = new ArrayList<>();

    ClvCharts() {
        frequencies.setAutoRangePadding(0.03);
        for (XYChart c : List.of(cumulative, weekly)) {
            XValueIndicator divider = new XValueIndicator(c.getXAxis(), 0, "calibration end");
            divider.setEditable(false);
            divider.setLabelPosition(0.1);
            dividers.add(divider);
        }
    }

    XYChart cumulative() {
        return cumulative;
    }

    XYChart weekly() {
        return weekly;
    }

    XYChart byFrequency() {
        return byFrequency;
    }

    /** Draws the tracking charts; x is the week number, the divider sits after the last calibration week. */
    void showTracking(PurchaseTracking tracking) {
        List<PurchaseTracking.Week> weeks = tracking == null ? List.of() : tracking.weeks();
        int n = weeks.size();
        double[] x = new double[n];
        double[] actual = new double[n];
        double[] model = new double[n];
        double[] actualCum = new double[n];
        double[] modelCum = new double[n];
        boolean seasonal = n > 0 && weeks.get(n - 1).seasonalPredicted() != null;
        double[] adjusted = new double[seasonal ? n : 0];
        double[] adjustedCum = new double[seasonal ? n : 0];
        int calibrationWeeks = 0;
        for (int i = 0; i < n; i++) {
            PurchaseTracking.Week w = weeks.get(i);
            x[i] = i + 1;
            actual[i] = w.actual();
            model[i] = w.predicted();
            actualCum[i] = w.actualCumulative();
            modelCum[i] = w.predictedCumulative();
            if (seasonal) {
                adjusted[i] = w.seasonalPredicted();
                adjustedCum[i] = w.seasonalPredictedCumulative();
            }
            if (!w.holdout()) {
                calibrationWeeks = i + 1;
            }
        }
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            PurchaseTracking.Week w = weeks.get(i);
            labels[i] = String.format(Locale.ROOT, "week of %s%s", w.start(), w.holdout() ? " (holdout)" : "");
        }
        List<DoubleDataSet> cum = new ArrayList<>(List.of(set("actual", x, actualCum, labels, ACTUAL),
                set("model", x, modelCum, labels, MODEL)));
        List<DoubleDataSet> inc = new ArrayList<>(List.of(set("actual", x, actual, labels, ACTUAL),
                set("model", x, model, labels, MODEL)));
        if (seasonal) {
            cum.add(set("seasonally adjusted", x, adjustedCum, labels, SEASONAL));
            inc.add(set("seasonally adjusted", x, adjusted, labels, SEASONAL));
        }
        renderer(cumulative).getDatasets().setAll(cum);
        renderer(weekly).getDatasets().setAll(inc);
        boolean holdout = tracking != null && tracking.calibrationEnd() != null && calibrationWeeks < n;
        for (int i = 0; i < 2; i++) {
            XYChart c = i == 0 ? cumulative : weekly;
            XValueIndicator divider = dividers.get(i);
            c.getPlugins().remove(divider);
            if (holdout) {
                divider.setValue(calibrationWeeks + 0.5);
                c.getPlugins().add(divider);
            }
        }
    }

    /** Mean actual against mean predicted holdout purchases for calibration frequencies 0..7+. */
    void showByFrequency(List<FrequencyBin> bins) {
        List<FrequencyBin> shown = bins == null ? List.of()
                : bins.stream().filter(b -> b.customers() > 0).toList();
        int n = shown.size();
        double[] x = new double[n];
        double[] actual = new double[n];
        double[] model = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            FrequencyBin b = shown.get(i);
            x[i] = i;
            actual[i] = b.actualMean();
            model[i] = b.predictedMean();
            labels[i] = String.format(Locale.ROOT, "%s repeat purchases in calibration: %,d customers", b.label(),
                    b.customers());
        }
        frequencies.setCategories(shown.stream().map(FrequencyBin::label).toList());
        renderer(byFrequency).getDatasets().setAll(set("actual", x, actual, labels, ACTUAL),
                set("model", x, model, labels, MODEL));
    }

    static ErrorDataSetRenderer renderer(XYChart chart) {
        return (ErrorDataSetRenderer) chart.getRenderers().get(0);
    }

    static DoubleDataSet set(String name, double[] x, double[] y, String[] labels, String colour) {
        DoubleDataSet ds = new DoubleDataSet(name);
        ds.set(x, y);
        for (int i = 0; i < labels.length; i++) {
            ds.addDataLabel(i, labels[i]);
        }
        ds.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor(colour).setMarkerColor(colour)
                .setLineColor(colour).setMarkerSize(2.5).setLineWidth(1.8).build());
        return ds;
    }

    static XYChart chart(String id, String title, String xLabel, String yLabel) {
        DefaultNumericAxis x = new DefaultNumericAxis(xLabel);
        x.setUnit(null);
        x.setAutoRangeRounding(false);
        // Room for the first and last markers, which would otherwise be cut in half at the plot's edges.
        x.setAutoRangePadding(0.015);
        PlainTicks.apply(x);
        return chart(id, title, x, yLabel);
    }

    private static XYChart chart(String id, String title, io.fair_acc.chartfx.axes.spi.AbstractAxis x, String yLabel) {
        x.setUnit(null);
        DefaultNumericAxis y = new DefaultNumericAxis(yLabel);
        y.setUnit(null);
        // No auto-range rounding: ChartFX 11.3's linear transform "rounds" the range inwards (floor of the maximum,
        // ceiling of the minimum), which cut off the highest point (a mean of 2.9 purchases got an axis ending at 2).
        // Padding instead keeps the top point and its marker inside; zero stays the floor.
        y.setAutoRangeRounding(false);
        y.setAutoRangePadding(0.06);
        y.setForceZeroInRange(true);
        PlainTicks.apply(y);
        XYChart chart = new XYChart(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.getTitleLabel().setStyle("-fx-font-size: 13px; -fx-font-weight: bold;");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setDrawMarker(true);
        r.setPointReduction(false);
        r.setErrorStyle(ErrorStyle.NONE);
        chart.getRenderers().setAll(r);
        chart.getGridRenderer().setDrawOnTop(false);
        chart.getPlugins().add(new DataPointTooltip());
        chart.setMinSize(260, 220);
        chart.setPrefSize(520, 300);
        PngExport.install(chart, id);
        return chart;
    }
}
