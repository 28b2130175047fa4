package org.clientele.app.ui.explore;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clientele.app.ui.common.PlainTicks;
import org.clientele.app.ui.common.PngExport;

import java.util.Arrays;

/** ChartFX charts set up the way the Explore tab draws them: lines, bars and category bars. */
final class Charts {

    private Charts() {
    }

    /** A chart with one renderer; every chart gets a tooltip and "Save as PNG…". */
    static XYChart chart(String id, DefaultNumericAxis x, DefaultNumericAxis y, ErrorDataSetRenderer renderer) {
        XYChart chart = new XYChart(x, y);
        chart.setId(id);
        chart.getRenderers().setAll(renderer);
        chart.setLegendVisible(false);
        chart.getGridRenderer().setDrawOnTop(false);
        chart.getPlugins().add(new DataPointTooltip());
        chart.setMinSize(200, 160);
        VBox.setVgrow(chart, Priority.ALWAYS);
        PngExport.install(chart, id.replace("explore-", ""));
        return chart;
    }

    static DefaultNumericAxis axis(String name) {
        DefaultNumericAxis axis = new DefaultNumericAxis(name);
        axis.setUnit(null);
        // Not ChartFX 11.3's auto-range rounding: it rounds the range inwards (floor of the maximum), which cut off
        // the highest point. A little padding keeps the extreme points and their markers inside the plot.
        axis.setAutoRangeRounding(false);
        axis.setAutoRangePadding(0.04);
        PlainTicks.apply(axis);
        return axis;
    }

    static CategoryAxis categories(String name) {
        CategoryAxis axis = new CategoryAxis(name);
        axis.setUnit(null);
        axis.setOverlapPolicy(AxisLabelOverlapPolicy.SHIFT_ALT);
        return axis;
    }

    static ErrorDataSetRenderer lines() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setDrawMarker(true);
        r.setErrorStyle(io.fair_acc.chartfx.renderer.ErrorStyle.NONE);
        return r;
    }

    static ErrorDataSetRenderer bars() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NONE);
        r.setDrawBars(true);
        r.setDrawMarker(false);
        r.setShiftBar(false);
        r.setBarWidthPercentage(80);
        r.setErrorStyle(io.fair_acc.chartfx.renderer.ErrorStyle.NONE);
        return r;
    }

    /** Replaces the renderer's data with {@code xy}; labels become the points' tooltips. */
    static DoubleDataSet show(ErrorDataSetRenderer renderer, String name, ChartData.Xy xy) {
        DoubleDataSet ds = new DoubleDataSet(name);
        if (xy != null) {
            ds.set(xy.x(), xy.y());
            for (int i = 0; i < xy.size(); i++) {
                if (xy.labels()[i] != null) {
                    ds.addDataLabel(i, xy.labels()[i]);
                }
            }
        }
        ds.setStyle(STYLE);
        renderer.getDatasets().setAll(ds);
        return ds;
    }

    static final String STYLE = "-fx-line-color: #2f6fb2; -fx-marker-color: #2f6fb2; -fx-fill: #2f6fb2; -fx-line-width: 2;";

    /** A value axis from zero to a little above the largest value, so bars and totals are not cut short. */
    static void fromZero(DefaultNumericAxis axis, ChartData.Xy xy) {
        double max = xy == null ? 0 : Arrays.stream(xy.y()).filter(Double::isFinite).max().orElse(0);
        axis.setAutoRanging(false);
        axis.set(0, max > 0 ? niceCeiling(max * 1.05) : 1);
    }

    /** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) at or above {@code v}. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** An x range with half a step of room either side, so the outer points and labels are not clipped. */
    static void padded(DefaultNumericAxis axis, ChartData.Xy xy) {
        if (xy == null || xy.size() == 0) {
            return;
        }
        double lo = xy.x()[0];
        double hi = xy.x()[xy.size() - 1];
        double step = xy.size() > 1 ? (hi - lo) / (xy.size() - 1) : 1;
        axis.setAutoRanging(false);
        axis.set(lo - step / 2, hi + step / 2);
    }

    static void categories(CategoryAxis axis, ChartData.Xy xy) {
        axis.setCategories(xy == null ? java.util.List.of() : Arrays.asList(xy.labels()));
    }
}
