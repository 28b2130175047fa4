package org.clientele.app.ui.explore;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;

import java.util.function.DoubleFunction;

/**
 * A matrix drawn as a grid of coloured cells with their values written in them; rows and columns labelled.
 * Cells share the space evenly and shrink to a readable minimum, below which the grid scrolls.
 */
final class Heatmap extends GridPane {

    private DoubleFunction<Color> colour;
    private final DoubleFunction<String> text;
    private final String cornerText;
    private int cells;

    Heatmap(String id, String cornerText, DoubleFunction<Color> colour, DoubleFunction<String> text) {
        this.colour = colour;
        this.text = text;
        this.cornerText = cornerText;
        setId(id);
        setHgap(1);
        setVgap(1);
        setPadding(new Insets(8));
        getStyleClass().add("heatmap");
    }

    void setColour(DoubleFunction<Color> colour) {
        this.colour = colour;
    }

    /** Cells drawn (NaN cells excluded). */
    int cellCount() {
        return cells;
    }

    void show(ChartData.Matrix m) {
        show(m, null);
    }

    /** Draws {@code m}, writing {@code labels[i][j]} in a cell instead of its formatted value where given. */
    void show(ChartData.Matrix m, String[][] labels) {
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        cells = 0;
        if (m == null) {
            return;
        }
        ColumnConstraints header = new ColumnConstraints();
        header.setHgrow(Priority.NEVER);
        getColumnConstraints().add(header);
        for (int j = 0; j < m.columns().length; j++) {
            ColumnConstraints c = new ColumnConstraints(m.columns().length > 12 ? 33 : 44, 60, 140);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            c.setHalignment(HPos.CENTER);
            getColumnConstraints().add(c);
        }
        RowConstraints top = new RowConstraints();
        top.setVgrow(Priority.NEVER);
        getRowConstraints().add(top);
        for (int i = 0; i < m.rows().length; i++) {
            RowConstraints r = new RowConstraints(labels != null ? 36 : m.rows().length > 12 ? 20 : 22,
                    labels != null ? 44 : 30, 56);
            r.setVgrow(Priority.ALWAYS);
            r.setFillHeight(true);
            getRowConstraints().add(r);
        }
        Label corner = new Label(cornerText);
        corner.getStyleClass().add("heatmap-header");
        corner.setMinWidth(Region.USE_PREF_SIZE);
        add(corner, 0, 0);
        for (int j = 0; j < m.columns().length; j++) {
            Label l = new Label(breakable(m.columns()[j]));
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(Pos.CENTER);
            l.setStyle("-fx-text-alignment: center;");
            l.getStyleClass().add("heatmap-header");
            add(l, j + 1, 0);
        }
        for (int i = 0; i < m.rows().length; i++) {
            Label rowLabel = new Label(m.rows()[i]);
            rowLabel.getStyleClass().add("heatmap-header");
            rowLabel.setMinWidth(Region.USE_PREF_SIZE);
            add(rowLabel, 0, i + 1);
            for (int j = 0; j < m.columns().length; j++) {
                double v = m.values()[i][j];
                if (Double.isNaN(v)) {
                    continue;
                }
                String written = labels != null && labels[i][j] != null ? labels[i][j] : text.apply(v);
                Label cell = new Label(written);
                Color c = colour.apply(v);
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                cell.setAlignment(Pos.CENTER);
                cell.setStyle("-fx-text-alignment: center; -fx-background-color: " + web(c) + "; -fx-text-fill: "
                        + (c.getBrightness() < 0.6 || luminance(c) < 0.45 ? "white" : "#1f2328") + ";");
                cell.setTooltip(new Tooltip(m.rows()[i] + " · " + m.columns()[j] + ": "
                        + written.replace("\n", " · ")));
                cell.getStyleClass().add("heatmap-cell");
                if (m.columns().length > 12) {
                    cell.getStyleClass().add("heatmap-cell-small");
                }
                add(cell, j + 1, i + 1);
                cells++;
            }
        }
    }

    /** Lets long snake_case names wrap after their underscores. */
    private static String breakable(String name) {
        return name.replace("_", "_\u200B");
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** White to blue for shares 0..1. */
    static Color sequential(double share) {
        double t = Math.max(0, Math.min(1, share));
        return Color.web("#f7fbff").interpolate(Color.web("#08519c"), Math.sqrt(t));
    }

    /** Red (−1) through white (0) to blue (+1), for correlations. */
    static Color diverging(double r) {
        double t = Math.max(-1, Math.min(1, r));
        return t >= 0 ? Color.WHITE.interpolate(Color.web("#2166ac"), t) : Color.WHITE.interpolate(Color.web("#b2182b"), -t);
    }
}
