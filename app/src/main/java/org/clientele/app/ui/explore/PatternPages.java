package org.clientele.app.ui.explore;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.eda.QuarterTransition;

/** The views of a transaction log over time: seasonality heatmaps and customers' moves between segments. */
final class PatternPages {

    private final ExploreViewModel model;

    PatternPages(ExploreViewModel model) {
        this.model = model;
    }

    Page seasonality() {
        Heatmap heatmap = new Heatmap("explore-seasonality-heatmap", "", Heatmap::sequential,
                v -> v == 0 ? "" : Format.compact(v)); // no sale: an empty cell reads faster than a 0
        ScrollPane scroll = TransactionPages.scroll(heatmap);
        PngExport.install(heatmap, "seasonality");
        Label peak = Page.figure("explore-seasonality-peak");
        Runnable refresh = () -> {
            ChartData.Matrix m = model.seasonality();
            double top = m == null ? 0 : ChartData.max(m);
            double scale = top > 0 ? top : 1;
            heatmap.setColour(v -> Heatmap.sequential(v / scale));
            heatmap.show(m);
            peak.setText(model.seasonalityPeak());
        };
        model.seasonalityLayoutProperty().addListener((obs, a, b) -> refresh.run());
        return new Page(Page.frame(scroll, Page.choice("explore-seasonality-layout", model.seasonalityLayoutProperty(),
                ChartData.SeasonalityLayout.values()), peak), refresh);
    }

    Page moves() {
        Heatmap heatmap = new Heatmap("explore-moves-heatmap", "From ↓  to →", Heatmap::sequential,
                v -> String.format("%.0f%%", 100 * v));
        ScrollPane scroll = TransactionPages.scroll(heatmap);
        PngExport.install(heatmap, "segment-moves");
        ComboBox<String> period = new ComboBox<>(model.movePeriods());
        period.setId("explore-moves-period");
        period.valueProperty().bindBidirectional(model.movePeriodProperty());
        Label sentence = Page.figure("explore-moves-sentence");
        sentence.getStyleClass().add("explore-figure-strong");
        Label note = Page.figure("explore-moves-note");
        Runnable refresh = () -> {
            QuarterTransition t = model.segmentMove();
            heatmap.show(model.segmentMoves(), t == null ? null : ChartData.transitionLabels(t));
            sentence.setText(model.segmentMoveSentence());
            period.setDisable(t == null);
            note.setText(t == null ? "" : "Rows: segment at a quarter's end · columns: segment at the next quarter's end"
                    + " · cells: share of the row, and customers"
                    + (ExploreViewModel.ALL_QUARTERS.equals(model.movePeriodProperty().get())
                    ? " · all pairs of consecutive quarters added up" : ""));
        };
        model.movePeriodProperty().addListener((obs, a, b) -> refresh.run());
        return new Page(Page.frame(scroll, new Label("Quarters"), period, sentence, note), refresh);
    }
}
