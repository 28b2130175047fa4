package org.clientele.app.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import java.util.List;

/**
 * Labelled horizontal bars, one row each: a name, a bar (optionally with a spread whisker, and signed
 * bars growing left or right of a centre line) and the value as text. For probabilities, importances
 * and contributions, where each bar needs its name and number next to it.
 */
public final class HorizontalBars extends GridPane {

    /** One bar: {@code spread} draws a whisker of ± spread (0 for none); {@code text} is shown after the bar. */
    public record Bar(String label, double value, double spread, String text) {
    }

    private final boolean signed;

    /** @param signed true for values of either sign (a centre line, negatives to the left) */
    public HorizontalBars(boolean signed) {
        this.signed = signed;
        getStyleClass().add("horizontal-bars");
        setHgap(8);
        setVgap(3);
        setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints name = new ColumnConstraints();
        name.setMaxWidth(220);
        name.setHalignment(HPos.RIGHT);
        ColumnConstraints bar = new ColumnConstraints(120, 240, Double.MAX_VALUE);
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().setAll(name, bar, value);
    }

    public void show(List<Bar> bars) {
        getChildren().clear();
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, Math.abs(b.value()) + Math.max(0, b.spread()));
        }
        double scale = max == 0 ? 1 : max;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            Label name = new Label(b.label());
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(60);
            name.setTooltip(new Tooltip(b.label()));
            Label text = new Label(b.text());
            text.getStyleClass().add("bar-value");
            add(name, 0, i);
            add(new Track(b, scale, signed), 1, i);
            add(text, 2, i);
        }
    }

    /** The bar of one row, laid out to the width it is given. */
    private static final class Track extends Region {
        private final Bar bar;
        private final double scale;
        private final boolean signed;
        private final Rectangle rect = new Rectangle();
        private final Line whisker = new Line();
        private final Line zero = new Line();

        Track(Bar bar, double scale, boolean signed) {
            this.bar = bar;
            this.scale = scale;
            this.signed = signed;
            rect.getStyleClass().add(bar.value() < 0 ? "bar-negative" : "bar-positive");
            whisker.getStyleClass().add("bar-whisker");
            zero.getStyleClass().add("bar-zero");
            getChildren().addAll(rect, whisker);
            if (signed) {
                getChildren().add(zero);
            }
            setMinHeight(16);
            setPrefHeight(16);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double origin = signed ? w / 2 : 0;
            double span = signed ? w / 2 : w;
            double end = origin + span * bar.value() / scale;
            rect.setX(Math.min(origin, end));
            rect.setY(2);
            rect.setWidth(Math.max(Math.abs(end - origin), bar.value() == 0 ? 0 : 1));
            rect.setHeight(Math.max(0, h - 4));
            whisker.setVisible(bar.spread() > 0);
            double lo = origin + span * (bar.value() - bar.spread()) / scale;
            double hi = origin + span * (bar.value() + bar.spread()) / scale;
            whisker.setStartX(Math.max(0, lo));
            whisker.setEndX(Math.min(w, hi));
            whisker.setStartY(h / 2);
            whisker.setEndY(h / 2);
            zero.setStartX(origin);
            zero.setEndX(origin);
            zero.setStartY(0);
            zero.setEndY(h);
        }
    }
}
