package org.clientele.app.ui.models;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.util.List;

/**
 * A confusion matrix as a heatmap: one row per actual segment, one column per predicted segment, each
 * cell coloured by its share of the row (so small segments read as clearly as large ones) and showing
 * the count. Columns are numbered; the row headers give the number and the name.
 */
public final class ConfusionGrid extends GridPane {

    private static final double CELL = 46;

    public ConfusionGrid() {
        setHgap(2);
        setVgap(2);
        setId("models-confusion");
    }

    public void show(int[][] confusion, List<String> names) {
        getChildren().clear();
        int k = confusion.length;
        Label corner = new Label("actual ↓  predicted →");
        corner.getStyleClass().add("confusion-header");
        add(corner, 0, 0);
        for (int c = 0; c < k; c++) {
            Label head = new Label(String.valueOf(c + 1));
            head.getStyleClass().add("confusion-header");
            head.setTooltip(new Tooltip(names.get(c)));
            head.setMinWidth(CELL);
            head.setAlignment(Pos.CENTER);
            add(head, c + 1, 0);
        }
        for (int r = 0; r < k; r++) {
            Label name = new Label((r + 1) + "  " + names.get(r));
            name.getStyleClass().add("confusion-header");
            name.setMaxWidth(230);
            name.setTooltip(new Tooltip(names.get(r)));
            add(name, 0, r + 1);
            int rowTotal = 0;
            for (int v : confusion[r]) {
                rowTotal += v;
            }
            for (int c = 0; c < k; c++) {
                int count = confusion[r][c];
                double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
                Rectangle cell = new Rectangle(CELL, 30, color(share, r == c));
                Text text = new Text(String.valueOf(count));
                text.setFill(share > 0.55 ? Color.WHITE : Color.web("#1f2933"));
                StackPane pane = new StackPane(cell, text);
                Tooltip.install(pane, new Tooltip(String.format("%s predicted as %s: %d (%s of the actual segment)",
                        names.get(r), names.get(c), count, Fmt.pct(share))));
                add(pane, c + 1, r + 1);
            }
        }
    }

    /** White to blue for the diagonal (right), white to orange off it (mistakes). */
    private static Color color(double share, boolean diagonal) {
        Color full = diagonal ? Color.web("#1f5fa8") : Color.web("#d9622b");
        return Color.WHITE.interpolate(full, Math.min(1, 0.08 + 0.92 * share));
    }
}
