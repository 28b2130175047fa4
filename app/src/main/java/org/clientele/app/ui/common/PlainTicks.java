package org.clientele.app.ui.common;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.util.StringConverter;

/** Axis tick labels people read at a glance: 250,000 and 0.25 rather than ChartFX's 2.50E5. */
public final class PlainTicks extends StringConverter<Number> {

    private PlainTicks() {
    }

    public static void apply(DefaultNumericAxis... axes) {
        for (DefaultNumericAxis axis : axes) {
            axis.setTickLabelFormatter(new PlainTicks());
        }
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e9 || a < 1e-3) {
            return String.format("%.3g", v);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format("%,.0f", v);
        }
        return a >= 1 ? String.format("%,.2f", v) : String.format("%.3f", v);
    }

    @Override
    public String toString(Number n) {
        return format(n.doubleValue());
    }

    @Override
    public Number fromString(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }
}
