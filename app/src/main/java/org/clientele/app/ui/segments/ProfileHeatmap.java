package org.clientele.app.ui.segments;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.segment.profile.CategoricalSignificance;
import org.clientele.core.segment.profile.Composition;
import org.clientele.core.segment.profile.FeatureOverall;
import org.clientele.core.segment.profile.FeatureSummary;
import org.clientele.core.segment.profile.LevelShare;
import org.clientele.core.segment.profile.SegmentProfile;
import org.clientele.core.segment.profile.SegmentationProfile;

/**
 * Segment × feature: each cell the segment's mean relative to the overall mean (× when a ratio means
 * something, else standard deviations), coloured by standard deviations above (blue) or below (red);
 * then one column per level of each categorical column, the level's share of the segment.
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
        // Categorical columns: one column per level, its share of the segment.
        List<String[]> levels = new ArrayList<>();
        if (!p.segments().isEmpty()) {
            for (Composition c : p.segments().get(0).composition()) {
                for (LevelShare l : c.levels()) {
                    levels.add(new String[] {c.feature(), l.level()});
                }
            }
        }
        int first = p.features().size() + 1;
        for (int j = 0; j < levels.size(); j++) {
            Label head = new Label(levels.get(j)[0] + ": " + levels.get(j)[1]);
            head.getStyleClass().add("heatmap-header");
            head.setWrapText(true);
            head.setMaxWidth(110);
            grid.add(head, first + j, 0);
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
            for (int j = 0; j < levels.size(); j++) {
                grid.add(levelCell(s, levels.get(j)[0], levels.get(j)[1], p), first + j, row);
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

    /**
     * A level's share of the segment, coloured like a numeric cell by the standardised difference of its 0/1
     * indicator, (share − overall share) / sqrt(overall · (1 − overall)).
     */
    private static Label levelCell(SegmentProfile s, String column, String level, SegmentationProfile p) {
        Label cell = new Label();
        cell.getStyleClass().add("heatmap-cell");
        cell.setMinSize(84, 30);
        cell.setPrefSize(96, 30);
        cell.setAlignment(Pos.CENTER);
        LevelShare l = s.composition().stream().filter(c -> c.feature().equals(column)).flatMap(c -> c.levels().stream())
                .filter(x -> x.level().equals(level)).findFirst().orElse(null);
        if (l == null || Double.isNaN(l.share())) {
            return cell;
        }
        double o = l.overallShare();
        double z = o > 0 && o < 1 ? (l.share() - o) / Math.sqrt(o * (1 - o)) : 0;
        cell.setText(String.format("%.0f%%", 100 * l.share()));
        cell.setStyle("-fx-background-color: " + web(diverging(z)) + "; -fx-text-fill: "
                + (Math.abs(z) > 1.2 ? "white" : "#1f2328") + ";");
        CategoricalSignificance t = p.categoricalTests().stream().filter(x -> x.feature().equals(column)).findFirst()
                .orElse(null);
        Tooltip.install(cell, new Tooltip(String.format("%s = %s: %.1f%% of the segment (%.1f%% of all customers)%s",
                column, level, 100 * l.share(), 100 * o, t == null || Double.isNaN(t.chiSquareP()) ? ""
                        : String.format("; chi-square across segments p = %.2g, Cramér's V %.2f", t.chiSquareP(),
                        t.cramersV()))));
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
