package org.clientele.app.ui.models;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import org.clientele.app.ui.common.PlainTicks;

/** The ChartFX scatter charts of the Models tab: points, and a reference line (diagonal or zero). */
final class Charts {

    private Charts() {
    }

    /** A scatter of {@code points} over a line drawn through {@code line}, both initially empty. */
    static XYChart scatter(String title, String xLabel, String yLabel, DoubleDataSet points, DoubleDataSet line) {
        DefaultNumericAxis x = new DefaultNumericAxis(xLabel);
        DefaultNumericAxis y = new DefaultNumericAxis(yLabel);
        x.setUnit(null);
        y.setUnit(null);
        x.setAutoRangeRounding(false);
        y.setAutoRangeRounding(false);
        PlainTicks.apply(x, y);
        XYChart chart = new XYChart(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        ErrorDataSetRenderer dots = new ErrorDataSetRenderer();
        dots.setPolyLineStyle(LineStyle.NONE);
        dots.setDrawMarker(true);
        dots.setAssumeSortedData(false);
        dots.setPointReduction(false);
        dots.getDatasets().add(points);
        points.setStyle("-fx-marker-size: 2.5; -fx-marker-color: #2f6fb2;");
        ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
        lines.setPolyLineStyle(LineStyle.NORMAL);
        lines.setDrawMarker(false);
        lines.getDatasets().add(line);
        line.setStyle("-fx-line-color: #c0392b; -fx-line-width: 1.5;");
        chart.getRenderers().setAll(lines, dots);
        chart.getPlugins().addAll(new Zoomer(), new DataPointTooltip());
        chart.setPrefSize(420, 320);
        chart.setMinSize(260, 220);
        return chart;
    }
}
