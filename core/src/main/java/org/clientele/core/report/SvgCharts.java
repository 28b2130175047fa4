package org.clientele.core.report;

import org.clientele.core.segment.SweepPoint;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG, so the page needs nothing from outside itself. Text is escaped; sizes are
 * in CSS pixels and the charts scale with the page through their viewBox.
 */
final class SvgCharts {

    static final String CUSTOMERS_COLOUR = "#8aa4c8";
    static final String REVENUE_COLOUR = "#1f4e8c";

    private SvgCharts() {
    }

    /** One bar label and its two shares (revenue NaN when unknown). */
    record Bar(String label, double customerShare, double revenueShare) {
    }

    /** Horizontal bars: per segment its share of customers beside its share of revenue. */
    static String shares(List<Bar> bars) {
        int labelWidth = 230;
        int plotWidth = 420;
        int rowHeight = 44;
        int top = 30;
        int width = labelWidth + plotWidth + 70;
        int height = top + bars.size() * rowHeight + 10;
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.customerShare(), Double.isNaN(b.revenueShare()) ? 0 : b.revenueShare()));
        }
        double scale = max <= 0 ? 1 : Math.min(1, Math.ceil(max * 10) / 10);
        StringBuilder svg = open(width, height, "Share of customers and of revenue by segment");
        legend(svg, labelWidth, 12, bars.stream().anyMatch(b -> !Double.isNaN(b.revenueShare())));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * rowHeight;
            svg.append(text(labelWidth - 8, y + 20, "end", 13, clip(b.label(), 32)));
            bar(svg, labelWidth, y + 4, 16, b.customerShare() / scale * plotWidth, CUSTOMERS_COLOUR, b.customerShare());
            if (!Double.isNaN(b.revenueShare())) {
                bar(svg, labelWidth, y + 21, 16, b.revenueShare() / scale * plotWidth, REVENUE_COLOUR, b.revenueShare());
            }
        }
        svg.append(line(labelWidth, top - 4, labelWidth, height - 8, "#999"));
        return svg.append("</svg>").toString();
    }

    /** Mean silhouette against k, the chosen k marked. */
    static String silhouette(List<SweepPoint> sweep, int chosenK) {
        List<SweepPoint> points = sweep.stream().filter(p -> !Double.isNaN(p.silhouette())).toList();
        int width = 560;
        int height = 260;
        int left = 56;
        int right = 20;
        int top = 20;
        int bottom = 44;
        StringBuilder svg = open(width, height, "Mean silhouette for each number of segments tried");
        if (points.isEmpty()) {
            svg.append(text(width / 2, height / 2, "middle", 13, "No silhouette was computed."));
            return svg.append("</svg>").toString();
        }
        int kMin = points.stream().mapToInt(SweepPoint::k).min().orElse(2);
        int kMax = Math.max(kMin + 1, points.stream().mapToInt(SweepPoint::k).max().orElse(kMin + 1));
        double lo = Math.min(0, Math.floor(points.stream().mapToDouble(SweepPoint::silhouette).min().orElse(0) * 10) / 10);
        double hi = Math.max(lo + 0.1, Math.ceil(points.stream().mapToDouble(SweepPoint::silhouette).max().orElse(1) * 10) / 10);
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        double step = hi - lo <= 0.6 ? 0.1 : 0.2;
        for (double v = lo; v <= hi + 1e-9; v += step) {
            double y = top + plotH - (v - lo) / (hi - lo) * plotH;
            svg.append(line(left, y, width - right, y, "#e3e3e3"));
            svg.append(text(left - 6, y + 4, "end", 11, String.format(Locale.ROOT, "%.1f", v)));
        }
        StringBuilder path = new StringBuilder();
        for (SweepPoint p : points) {
            double x = left + (p.k() - kMin) / (double) (kMax - kMin) * plotW;
            double y = top + plotH - (p.silhouette() - lo) / (hi - lo) * plotH;
            path.append(path.length() == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            svg.append(text(x, height - bottom + 18, "middle", 11, Integer.toString(p.k())));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(REVENUE_COLOUR)
                .append("\" stroke-width=\"2\"/>");
        for (SweepPoint p : points) {
            double x = left + (p.k() - kMin) / (double) (kMax - kMin) * plotW;
            double y = top + plotH - (p.silhouette() - lo) / (hi - lo) * plotH;
            boolean chosen = p.k() == chosenK;
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"")
                    .append(chosen ? 6 : 3.5).append("\" fill=\"").append(chosen ? "#d9822b" : REVENUE_COLOUR)
                    .append("\"><title>k = ").append(p.k()).append(": silhouette ")
                    .append(String.format(Locale.ROOT, "%.3f", p.silhouette())).append("</title></circle>");
            if (chosen) {
                boolean nearRight = x > left + plotW * 0.7;
                svg.append(text(nearRight ? x - 10 : x + 10, y - 8, nearRight ? "end" : "start", 12,
                        "chosen: k = " + p.k()));
            }
        }
        svg.append(line(left, top + plotH, width - right, top + plotH, "#999"));
        svg.append(text(left + plotW / 2, height - 6, "middle", 12, "number of segments (k)"));
        return svg.append("</svg>").toString();
    }

    static StringBuilder open(int width, int height, String title) {
        // No xmlns: inline SVG in HTML needs none, and the page must not name any outside address.
        return new StringBuilder("<svg viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" role=\"img\" aria-label=\"").append(Html.esc(title))
                .append("\" class=\"chart\"><title>").append(Html.esc(title)).append("</title>");
    }

    private static void legend(StringBuilder svg, int x, int y, boolean revenue) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(CUSTOMERS_COLOUR).append("\"/>").append(text(x + 17, y + 2, "start", 12, "share of customers"));
        if (revenue) {
            svg.append("<rect x=\"").append(x + 170).append("\" y=\"").append(y - 9)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(REVENUE_COLOUR).append("\"/>")
                    .append(text(x + 187, y + 2, "start", 12, "share of revenue"));
        }
    }

    private static void bar(StringBuilder svg, double x, double y, double h, double w, String colour, double share) {
        svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                .append(fmt(Math.max(1, w))).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour)
                .append("\"/>").append(text(x + Math.max(1, w) + 5, y + h - 4, "start", 11, Html.percent(share)));
    }

    static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
    }

    static String text(double x, double y, String anchor, int size, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\">" + Html.esc(content) + "</text>";
    }

    private static String clip(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
