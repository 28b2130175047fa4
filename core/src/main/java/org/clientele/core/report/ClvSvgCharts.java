package org.clientele.core.report;

import org.clientele.core.clv.FrequencyBin;
import org.clientele.core.clv.ProbabilityAliveMatrix;
import org.clientele.core.clv.PurchaseTracking;

import java.util.List;
import java.util.Locale;

/**
 * The lifetime-value charts of the report as inline SVG, drawn from the clv stage's numbers: the tracking
 * chart (cumulative or weekly repeat purchases, actual against the model, the calibration end dashed), the
 * calibration-vs-holdout chart by frequency and the P(alive) heatmap.
 */
final class ClvSvgCharts {

    static final String ACTUAL = "#1d2733";
    static final String MODEL = SvgCharts.REVENUE_COLOUR;

    private static final int WIDTH = 600;
    private static final int HEIGHT = 280;
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 34;
    private static final int BOTTOM = 48;

    private ClvSvgCharts() {
    }

    /** One line: its name, colour and a value per x position. */
    record Series(String name, String colour, double[] y) { }

    static String tracking(PurchaseTracking tracking, boolean cumulative) {
        List<PurchaseTracking.Week> weeks = tracking.weeks();
        int n = weeks.size();
        double[] actual = new double[n];
        double[] model = new double[n];
        String[] labels = new String[n];
        int calibrationWeeks = -1;
        for (int i = 0; i < n; i++) {
            PurchaseTracking.Week w = weeks.get(i);
            actual[i] = cumulative ? w.actualCumulative() : w.actual();
            model[i] = cumulative ? w.predictedCumulative() : w.predicted();
            labels[i] = w.start().toString();
            if (!w.holdout()) {
                calibrationWeeks = i + 1;
            }
        }
        boolean holdout = tracking.calibrationEnd() != null && calibrationWeeks < n;
        String title = cumulative ? "Cumulative repeat purchases, actual and expected"
                : "Repeat purchases per week, actual and expected";
        return lines(title, labels, List.of(new Series("actual", ACTUAL, actual), new Series("model", MODEL, model)),
                holdout ? calibrationWeeks : -1, "week starting", 6);
    }

    static String byFrequency(List<FrequencyBin> bins) {
        List<FrequencyBin> shown = bins.stream().filter(b -> b.customers() > 0).toList();
        double[] actual = shown.stream().mapToDouble(FrequencyBin::actualMean).toArray();
        double[] model = shown.stream().mapToDouble(FrequencyBin::predictedMean).toArray();
        String[] labels = shown.stream().map(FrequencyBin::label).toArray(String[]::new);
        return lines("Mean holdout purchases by repeat purchases in calibration", labels,
                List.of(new Series("actual", ACTUAL, actual), new Series("model", MODEL, model)), -1,
                "repeat purchases in calibration", labels.length);
    }

    /** Lines over categorical x positions; {@code dividerAfter} points are calibration (-1: no divider). */
    static String lines(String title, String[] xLabels, List<Series> series, int dividerAfter, String xTitle,
                        int xTicks) {
        StringBuilder svg = SvgCharts.open(WIDTH, HEIGHT, title);
        int n = xLabels.length;
        svg.append(SvgCharts.text(WIDTH / 2.0, 16, "middle", 13, title));
        if (n == 0) {
            svg.append(SvgCharts.text(WIDTH / 2.0, HEIGHT / 2.0, "middle", 13, "No data."));
            return svg.append("</svg>").toString();
        }
        double max = 0;
        for (Series s : series) {
            for (double v : s.y()) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        // Round steps (1, 2 or 5 × 10^k) and about four gridlines, the top one at or above the largest value.
        double step = niceStep(max <= 0 ? 0.25 : max * 1.05 / 4);
        int gridlines = (int) Math.max(1, Math.ceil(max * 1.05 / step - 1e-9));
        double top = step * gridlines;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int k = 0; k <= gridlines; k++) {
            double v = step * k;
            double y = TOP + plotH - v / top * plotH;
            svg.append(SvgCharts.line(LEFT, y, WIDTH - RIGHT, y, "#e3e3e3"));
            svg.append(SvgCharts.text(LEFT - 6, y + 4, "end", 11, tick(v)));
        }
        int labelStep = Math.max(1, (int) Math.ceil(n / (double) Math.max(1, xTicks)));
        for (int i = 0; i < n; i += labelStep) {
            svg.append(SvgCharts.text(x(i, n, plotW), HEIGHT - BOTTOM + 16, "middle", 11, xLabels[i]));
        }
        if (dividerAfter > 0 && dividerAfter < n) {
            double xd = (x(dividerAfter - 1, n, plotW) + x(dividerAfter, n, plotW)) / 2;
            svg.append("<line x1=\"").append(SvgCharts.fmt(xd)).append("\" y1=\"").append(TOP).append("\" x2=\"")
                    .append(SvgCharts.fmt(xd)).append("\" y2=\"").append(SvgCharts.fmt(TOP + plotH))
                    .append("\" stroke=\"#d9822b\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>");
            svg.append(SvgCharts.text(xd + 5, TOP + 12, "start", 11, "holdout →"));
        }
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(s.y()[i])) {
                    continue;
                }
                path.append(path.length() == 0 ? "M" : " L").append(SvgCharts.fmt(x(i, n, plotW))).append(' ')
                        .append(SvgCharts.fmt(TOP + plotH - s.y()[i] / top * plotH));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(s.colour())
                    .append("\" stroke-width=\"2\"><title>").append(Html.esc(s.name())).append("</title></path>");
        }
        double lx = LEFT + 8;
        for (Series s : series) {
            svg.append("<rect x=\"").append(SvgCharts.fmt(lx)).append("\" y=\"").append(TOP + 2)
                    .append("\" width=\"14\" height=\"3\" fill=\"").append(s.colour()).append("\"/>")
                    .append(SvgCharts.text(lx + 18, TOP + 7, "start", 11, s.name()));
            lx += 30 + 7 * s.name().length();
        }
        svg.append(SvgCharts.line(LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH, "#999"));
        svg.append(SvgCharts.text(LEFT + plotW / 2, HEIGHT - 8, "middle", 12, xTitle));
        return svg.append("</svg>").toString();
    }

    /** P(alive) cells, white (0) to dark blue (1); most repeat purchases at the top. */
    static String aliveHeatmap(ProbabilityAliveMatrix m) {
        String title = String.format(Locale.ROOT, "Probability a customer is still active (customers of age %.0f %ss)",
                m.T(), m.timeUnit());
        int height = 320;
        StringBuilder svg = SvgCharts.open(WIDTH, height, title);
        svg.append(SvgCharts.text(WIDTH / 2.0, 16, "middle", 13, title));
        int rows = m.frequencies().size();
        int cols = m.recencies().size();
        double plotW = WIDTH - LEFT - RIGHT - 40;
        double plotH = height - TOP - BOTTOM;
        double cw = plotW / cols;
        double ch = plotH / rows;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double p = m.values().get(i).get(j);
                svg.append("<rect x=\"").append(SvgCharts.fmt(LEFT + j * cw)).append("\" y=\"")
                        .append(SvgCharts.fmt(TOP + (rows - 1 - i) * ch)).append("\" width=\"")
                        .append(SvgCharts.fmt(cw + 0.4)).append("\" height=\"").append(SvgCharts.fmt(ch + 0.4))
                        .append("\" stroke=\"none\" fill=\"").append(colour(p)).append("\"><title>")
                        .append(String.format(Locale.ROOT, "%d repeat purchases, last at %.0f: %.2f",
                                m.frequencies().get(i), m.recencies().get(j), p))
                        .append("</title></rect>");
            }
        }
        int rowStep = Math.max(1, (int) Math.ceil(rows / (plotH / 14)));
        for (int i = 0; i < rows; i += rowStep) {
            svg.append(SvgCharts.text(LEFT - 6, TOP + (rows - 1 - i + 0.5) * ch + 4, "end", 10,
                    Integer.toString(m.frequencies().get(i))));
        }
        int colStep = Math.max(1, (int) Math.ceil(cols / (plotW / 40)));
        for (int j = 0; j < cols; j += colStep) {
            svg.append(SvgCharts.text(LEFT + (j + 0.5) * cw, TOP + plotH + 14, "middle", 10,
                    String.format(Locale.ROOT, "%.0f", m.recencies().get(j))));
        }
        svg.append(SvgCharts.text(LEFT + plotW / 2, height - 8, "middle", 12,
                "recency (" + m.timeUnit() + "s from first to last purchase); rows: repeat purchases"));
        double kx = LEFT + plotW + 14;
        for (int k = 0; k < 20; k++) {
            svg.append("<rect x=\"").append(SvgCharts.fmt(kx)).append("\" y=\"")
                    .append(SvgCharts.fmt(TOP + k * plotH / 20)).append("\" width=\"12\" height=\"")
                    .append(SvgCharts.fmt(plotH / 20 + 0.4)).append("\" fill=\"").append(colour(1 - k / 19.0))
                    .append("\"/>");
        }
        svg.append(SvgCharts.text(kx + 16, TOP + 8, "start", 10, "1"));
        svg.append(SvgCharts.text(kx + 16, TOP + plotH, "start", 10, "0"));
        return svg.append("</svg>").toString();
    }

    static String colour(double p) {
        double v = Double.isFinite(p) ? Math.max(0, Math.min(1, p)) : 0;
        // white to #1f4e8c
        int r = (int) Math.round(255 + (0x1f - 255) * v);
        int g = (int) Math.round(255 + (0x4e - 255) * v);
        int b = (int) Math.round(255 + (0x8c - 255) * v);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static double x(int i, int n, double plotW) {
        return LEFT + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
    }

    private static String tick(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3f", v)).stripTrailingZeros().toPlainString();
    }

    static double niceStep(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
