package org.clientele.app.ui.segments;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.segment.profile.FeatureOverall;
import org.clientele.core.segment.profile.FeatureSummary;
import org.clientele.core.segment.profile.SegmentProfile;
import org.clientele.core.segment.profile.SegmentationProfile;

/**
 * Segment × feature: each cell the segment's mean relative to the overall mean (× when a ratio means
 * something, else standard deviations), coloured by standard deviations above (blue) or below (red).
 */
final class ProfileHeatmap {

    private static final double CLAMP = 2.0;
    private final GridPane grid = new GridPane();
    private final VBox box;
    private final ScrollPane scroll;

    ProfileHeatmap() {
        grid.setId("segments-heatmap");
        grid.setHgap(2);
        grid.setVgap(2);
        Label legend = new Label("Each cell: the segment's mean against the average customer (2.0× = twice the "
                + "average; ±σ where a ratio means nothing). Blue = above average, red = below; colour by standard deviations.");
        legend.setWrapText(true);
        legend.getStyleClass().add("dataset-subtitle");
        box = new VBox(8, legend, grid);
        box.setPadding(new Insets(10));
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        legend.maxWidthProperty().bind(scroll.widthProperty().subtract(30));
    }

    ScrollPane root() {
        return scroll;
    }

    void show(SegmentationReport report) {
        grid.getChildren().clear();
        if (report == null) {
            return;
        }
        SegmentationProfile p = report.profile();
        for (int f = 0; f < p.features().size(); f++) {
            Label head = new Label(p.features().get(f));
            head.getStyleClass().add("heatmap-header");
            head.setWrapText(true);
            head.setMaxWidth(110);
            grid.add(head, f + 1, 0);
        }
        int row = 1;
        for (SegmentProfile s : p.segments()) {
            Label name = new Label(report.segmentName(s.id()));
            name.getStyleClass().add("heatmap-row");
            name.setStyle("-fx-border-color: transparent transparent transparent " + SegmentPalette.hex(s.id())
                    + "; -fx-border-width: 0 0 0 4; -fx-padding: 0 6 0 6;");
            name.setMaxWidth(220);
            grid.add(name, 0, row);
            for (int f = 0; f < p.features().size(); f++) {
                String feature = p.features().get(f);
                grid.add(cell(s.feature(feature), p.overall(feature)), f + 1, row);
            }
            row++;
        }
    }

    private static Label cell(FeatureSummary s, FeatureOverall overall) {
        Label cell = new Label();
        cell.getStyleClass().add("heatmap-cell");
        cell.setMinSize(84, 30);
        cell.setPrefSize(96, 30);
        cell.setAlignment(Pos.CENTER);
        if (s == null) {
            return cell;
        }
        boolean ratio = overall != null && overall.ratioMeaningful() && Double.isFinite(s.ratioToOverall());
        cell.setText(ratio ? String.format("%.2f×", s.ratioToOverall()) : String.format("%+.2fσ", s.zDifference()));
        Color color = diverging(s.zDifference());
        cell.setStyle("-fx-background-color: " + web(color) + "; -fx-text-fill: "
                + (Math.abs(s.zDifference()) > 1.2 ? "white" : "#1f2328") + ";");
        Tooltip.install(cell, new Tooltip(String.format("%s: mean %s (average %s), median %s; %+.2f standard deviations",
                s.feature(), number(s.mean()), overall == null ? "?" : number(overall.mean()), number(s.median()),
                s.zDifference())));
        return cell;
    }

    /** Red (below) – white – blue (above), saturating at ±{@value #CLAMP} standard deviations. */
    static Color diverging(double z) {
        if (!Double.isFinite(z)) {
            return Color.web("#eeeeee");
        }
        double t = Math.max(-1, Math.min(1, z / CLAMP));
        Color end = t >= 0 ? Color.web("#2166ac") : Color.web("#b2182b");
        return Color.WHITE.interpolate(end, Math.abs(t));
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return a >= 1e6 || (a > 0 && a < 1e-2) ? String.format("%.3g", v) : String.format("%,.2f", v);
    }
}
