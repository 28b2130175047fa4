package org.clientele.app.ui.clv;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.clientele.core.clv.ProbabilityAliveMatrix;

import java.util.List;
import java.util.Locale;

/**
 * The P(alive) matrix as a heatmap on a canvas: repeat purchases up the side (most at the top, as in
 * lifetimes' plot), recency along the bottom, white (0) to blue (1), with a colour key. Hovering a cell names it.
 */
final class AliveHeatmap extends Region {

    private static final double LEFT = 46;
    private static final double BOTTOM = 40;
    private static final double TOP = 26;
    private static final double RIGHT = 64;

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private ProbabilityAliveMatrix matrix;

    AliveHeatmap() {
        setId("clv-alive-heatmap");
        getChildren().add(canvas);
        setMinSize(260, 220);
        setPrefSize(520, 300);
        Tooltip.install(this, tip);
        setOnMouseMoved(e -> tip.setText(describe(e.getX(), e.getY())));
    }

    /** Cells drawn: frequencies × recencies, 0 before a result. */
    int cellCount() {
        return matrix == null ? 0 : matrix.frequencies().size() * matrix.recencies().size();
    }

    void show(ProbabilityAliveMatrix m) {
        matrix = m;
        requestLayout();
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    static Color colour(double p) {
        double v = Double.isFinite(p) ? Math.max(0, Math.min(1, p)) : 0;
        return Color.WHITE.interpolate(Color.web("#1f4e8c"), v);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFont(Font.font(11));
        g.setFill(Color.web("#2b2f36"));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
        g.fillText("Probability a customer is still active (customers of age " + age() + ")", w / 2, 12);
        g.setFont(Font.font(11));
        if (matrix == null || matrix.values().isEmpty()) {
            g.fillText("Estimate lifetime value to see who has probably stopped buying.", w / 2, h / 2);
            return;
        }
        List<Integer> f = matrix.frequencies();
        List<Double> r = matrix.recencies();
        double plotW = Math.max(10, w - LEFT - RIGHT);
        double plotH = Math.max(10, h - TOP - BOTTOM);
        double cw = plotW / r.size();
        double ch = plotH / f.size();
        for (int i = 0; i < f.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                g.setFill(colour(matrix.values().get(i).get(j)));
                g.fillRect(LEFT + j * cw, TOP + (f.size() - 1 - i) * ch, Math.ceil(cw), Math.ceil(ch));
            }
        }
        g.setFill(Color.web("#2b2f36"));
        int rowStep = Math.max(1, (int) Math.ceil(f.size() / (plotH / 14)));
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < f.size(); i += rowStep) {
            g.fillText(Integer.toString(f.get(i)), LEFT - 4, TOP + (f.size() - 1 - i + 0.5) * ch);
        }
        int colStep = Math.max(1, (int) Math.ceil(r.size() / (plotW / 36)));
        g.setTextAlign(TextAlignment.CENTER);
        for (int j = 0; j < r.size(); j += colStep) {
            g.fillText(String.format(Locale.ROOT, "%.0f", r.get(j)), LEFT + (j + 0.5) * cw, TOP + plotH + 10);
        }
        g.fillText("recency (" + matrix.timeUnit() + "s from first to last purchase)", LEFT + plotW / 2, h - 10);
        g.save();
        g.translate(11, TOP + plotH / 2);
        g.rotate(-90);
        g.fillText("repeat purchases", 0, 0);
        g.restore();
        double keyX = LEFT + plotW + 14;
        for (int k = 0; k < 50; k++) {
            g.setFill(colour(1 - k / 49.0));
            g.fillRect(keyX, TOP + k * plotH / 50, 14, Math.ceil(plotH / 50));
        }
        g.setFill(Color.web("#2b2f36"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("1", keyX + 18, TOP + 4);
        g.fillText("0", keyX + 18, TOP + plotH - 4);
    }

    private String age() {
        return matrix == null ? "…" : String.format(Locale.ROOT, "%.0f %ss", matrix.T(), matrix.timeUnit());
    }

    private String describe(double x, double y) {
        if (matrix == null || matrix.values().isEmpty()) {
            return "P(alive) by repeat purchases and recency";
        }
        int f = matrix.frequencies().size();
        int r = matrix.recencies().size();
        double plotW = Math.max(10, getWidth() - LEFT - RIGHT);
        double plotH = Math.max(10, getHeight() - TOP - BOTTOM);
        int j = (int) Math.floor((x - LEFT) / (plotW / r));
        int i = f - 1 - (int) Math.floor((y - TOP) / (plotH / f));
        if (i < 0 || i >= f || j < 0 || j >= r) {
            return "P(alive) by repeat purchases and recency";
        }
        return String.format(Locale.ROOT, "%d repeat purchases, last at %.0f %ss: P(alive) %.2f",
                matrix.frequencies().get(i), matrix.recencies().get(j), matrix.timeUnit(), matrix.values().get(i).get(j));
    }
}
