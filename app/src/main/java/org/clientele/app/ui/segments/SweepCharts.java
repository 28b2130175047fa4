package org.clientele.app.ui.segments;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.segment.SweepPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

/**
 * The indices over k as small multiples (inertia with the elbow, silhouette, Davies–Bouldin,
 * Calinski–Harabasz, gap statistic, bootstrap stability), the chosen k marked on each; clicking a chart
 * picks the nearest k.
 */
final class SweepCharts {

    private record Metric(String id, String title, String hint, ToDoubleFunction<SweepPoint> value) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("inertia", "Inertia (elbow)", "look for the bend", SweepPoint::inertia),
            new Metric("silhouette", "Silhouette", "higher is better", SweepPoint::silhouette),
            new Metric("davies-bouldin", "Davies–Bouldin", "lower is better", SweepPoint::daviesBouldin),
            new Metric("calinski-harabasz", "Calinski–Harabasz", "higher is better", SweepPoint::calinskiHarabasz),
            new Metric("gap", "Gap statistic", "higher: more than chance", SweepPoint::gap),
            new Metric("stability", "Stability (ARI)", "0.8 and up is stable", SweepPoint::stability));

    private static final int COLUMNS = 3;

    private final GridPane grid = new GridPane();
    private final List<XYChart> charts = new ArrayList<>();
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private final List<XValueIndicator> chosen = new ArrayList<>();
    private final XValueIndicator elbow;
    private final XValueIndicator best;
    private List<SweepPoint> points = List.of();

    SweepCharts(IntConsumer onPick) {
        grid.setId("segments-sweep");
        grid.setHgap(6);
        grid.setVgap(6);
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / COLUMNS);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        XValueIndicator elbowMark = null;
        for (int i = 0; i < METRICS.size(); i++) {
            Metric m = METRICS.get(i);
            DefaultNumericAxis x = new DefaultNumericAxis("k");
            x.setUnit(null);
            x.setAutoRangeRounding(false);
            x.setMinorTickCount(0);
            x.setTickLabelFormatter(new Ticks(true));
            DefaultNumericAxis y = new DefaultNumericAxis(m.id().equals("inertia") ? "inertia" : "index");
            y.setUnit(null);
            y.setAutoUnitScaling(false);
            y.setAutoRangeRounding(false);
            y.setAutoRangePadding(0.12);
            y.setForceZeroInRange(false);
            y.setTickLabelFormatter(new Ticks(false));
            XYChart chart = new XYChart(x, y);
            chart.setId("sweep-" + m.id());
            chart.setTitle(m.title() + " — " + m.hint());
            chart.getTitleLabel().setStyle("-fx-font-size: 13px; -fx-font-weight: bold;");
            chart.setLegendVisible(false);
            chart.setAnimated(false);
            chart.setMinSize(160, 120);
            ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
            renderer.setPolyLineStyle(LineStyle.NORMAL);
            renderer.setDrawMarker(true);
            renderer.setPointReduction(false);
            chart.getRenderers().setAll(renderer);
            DoubleDataSet set = new DoubleDataSet(m.title());
            set.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor("#2f6fb2").setMarkerColor("#2f6fb2").setLineColor("#2f6fb2")
                    .setMarkerSize(4).setLineWidth(1.5).build());
            renderer.getDatasets().add(set);
            XValueIndicator mark = new XValueIndicator(x, 2, "chosen");
            mark.setEditable(false);
            if (i == 0) {
                elbowMark = new XValueIndicator(x, 2, "elbow");
                elbowMark.setEditable(false);
                elbowMark.setLabelPosition(0.85);
            }
            chart.getPlugins().add(new KPicker(onPick));
            chart.setCursor(Cursor.HAND);
            Tooltip.install(chart, new Tooltip("Click a k to segment with it"));
            PngExport.install(chart, "sweep-" + m.id());
            charts.add(chart);
            sets.add(set);
            chosen.add(mark);
            grid.add(chart, i % COLUMNS, i / COLUMNS);
        }
        elbow = elbowMark;
        best = new XValueIndicator(charts.get(1).getXAxis(), 2, "best");
        best.setEditable(false);
        best.setLabelPosition(0.85);
    }

    GridPane root() {
        return grid;
    }

    /** Draws the sweep (empty list clears) with the elbow and the chosen k marked. */
    void show(List<SweepPoint> sweep, Integer elbowK, int autoK, int chosenK) {
        points = sweep == null ? List.of() : List.copyOf(sweep);
        double[] ks = points.stream().mapToDouble(SweepPoint::k).toArray();
        for (int i = 0; i < METRICS.size(); i++) {
            ToDoubleFunction<SweepPoint> f = METRICS.get(i).value();
            double[] ys = points.stream().mapToDouble(f).map(v -> Double.isFinite(v) ? v : Double.NaN).toArray();
            sets.get(i).set(ks, ys);
            DefaultNumericAxis x = (DefaultNumericAxis) charts.get(i).getXAxis();
            if (ks.length > 0) {
                x.setAutoRanging(false);
                x.set(ks[0] - 0.5, ks[ks.length - 1] + 0.5);
                x.setTickUnit(1);
            }
            markAt(charts.get(i), chosen.get(i), chosenK > 0 && ks.length > 0 ? chosenK : Double.NaN, "k = " + chosenK);
        }
        markAt(charts.get(0), elbow, elbowK == null || ks.length == 0 ? Double.NaN : elbowK, "elbow k = " + elbowK);
        markAt(charts.get(1), best, autoK <= 0 || autoK == chosenK || ks.length < 2 ? Double.NaN : autoK,
                "suggested k = " + autoK);
    }

    /** Shows the indicator at {@code value}, or removes it for NaN. */
    private static void markAt(XYChart chart, XValueIndicator mark, double value, String text) {
        if (Double.isNaN(value)) {
            chart.getPlugins().remove(mark);
            return;
        }
        mark.setText(text);
        mark.setValue(value);
        if (!chart.getPlugins().contains(mark)) {
            chart.getPlugins().add(mark);
        }
    }

    /** The k of the sweep nearest to {@code value}, or 0 when there is no sweep. */
    int nearestK(double value) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (SweepPoint p : points) {
            double d = Math.abs(p.k() - value);
            if (d < bestDistance) {
                bestDistance = d;
                best = p.k();
            }
        }
        return best;
    }

    /** Number of points drawn on the first chart. */
    int pointCount() {
        return sets.get(0).getDataCount();
    }

    List<XYChart> charts() {
        return charts;
    }

    /** Whole k only on the x axis; on y, short numbers that fit (1,234 · 0.412). */
    private static final class Ticks extends javafx.util.StringConverter<Number> {

        private final boolean whole;

        Ticks(boolean whole) {
            this.whole = whole;
        }

        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            if (whole) {
                return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
            }
            double a = Math.abs(v);
            if (a >= 1e6) {
                return String.format("%.2g", v);
            }
            return a >= 100 ? String.format("%,.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.3f", v);
        }

        @Override
        public Number fromString(String s) {
            return Double.valueOf(s);
        }
    }

    /** Turns a click in the plot area into the nearest swept k. */
    private final class KPicker extends ChartPlugin {

        KPicker(IntConsumer onPick) {
            registerInputEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (!isMouseEventWithinCanvas(e) || points.isEmpty()) {
                    return;
                }
                Point2D p = getLocationInPlotArea(e);
                double value = ((XYChart) getChart()).getXAxis().getValueForDisplay(p.getX());
                int k = nearestK(value);
                if (k > 0) {
                    onPick.accept(k);
                    e.consume();
                }
            });
        }
    }
}
