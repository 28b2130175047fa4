package org.clientele.app.ui.segments;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.segment.SegmentSolidity;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.segment.profile.SegmentExplanation;

import java.util.List;
import java.util.function.BiConsumer;

/** One card per segment: an editable name, size and share, revenue share, the facts and the action. */
final class SegmentCards {

    private final FlowPane cards = new FlowPane(10, 10);
    private final ScrollPane scroll = new ScrollPane(cards);
    private final BiConsumer<Integer, String> onRename;

    SegmentCards(BiConsumer<Integer, String> onRename) {
        this.onRename = onRename;
        cards.setId("segment-cards");
        cards.setPadding(new Insets(10));
        scroll.setFitToWidth(true);
        // cards wrap to the width available
        cards.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(30));
    }

    ScrollPane root() {
        return scroll;
    }

    void show(SegmentationReport report) {
        cards.getChildren().clear();
        if (report == null) {
            Label empty = new Label("Choose the settings on the left and press Run.");
            empty.getStyleClass().add("placeholder-text");
            cards.getChildren().add(empty);
            return;
        }
        for (SegmentEntry entry : report.segments()) {
            SegmentExplanation e = report.explanations().stream().filter(x -> x.id() == entry.id()).findFirst().orElse(null);
            cards.getChildren().add(card(entry, e, report.profile().revenueColumn(),
                    SegmentSolidity.of(report.result(), entry.id()), report.compositionHighlights(entry.id())));
        }
        int outliers = report.result().outliers();
        if (outliers > 0) {
            Label note = new Label(String.format("%,d customers fit no segment (outliers, grey on the map).", outliers));
            note.getStyleClass().add("dataset-subtitle");
            cards.getChildren().add(note);
        }
    }

    /**
     * @param revenueColumn the column revenue shares come from, or null when there are none
     * @param solidity      how reliably the segment comes back on resampled data, in words
     * @param mix           the categorical levels that stand out in the segment
     */
    private VBox card(SegmentEntry s, SegmentExplanation e, String revenueColumn, String solidity, List<String> mix) {
        TextField name = new TextField(s.name());
        name.setId("segment-name-" + s.id());
        name.getStyleClass().add("segment-card-name");
        name.setTooltip(new Tooltip("Rename: type and press Enter. Clear it to go back to \"" + s.generatedName() + "\"."));
        name.setOnAction(ev -> onRename.accept(s.id(), name.getText()));
        name.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !name.getText().strip().equals(s.name())) {
                onRename.accept(s.id(), name.getText());
            }
        });

        Label size = new Label(String.format("%,d customers (%.1f%%)%s", s.size(), 100 * s.share(),
                Double.isNaN(s.revenueShare()) ? "" : String.format(" · %.1f%% of revenue", 100 * s.revenueShare())));
        size.setWrapText(true);
        size.setId("segment-size-" + s.id());
        if (revenueColumn != null && !Double.isNaN(s.revenueShare())) {
            size.setTooltip(new Tooltip("Share of revenue: this segment's part of the total of column '"
                    + revenueColumn + "'."));
        }
        size.getStyleClass().add("segment-card-size");
        Label facts = new Label(e == null ? s.description() : e.facts());
        facts.setWrapText(true);
        Label action = new Label("Action: " + s.action());
        action.setWrapText(true);
        action.getStyleClass().add("segment-card-action");

        Label solid = new Label(solidity);
        solid.setWrapText(true);
        solid.setId("segment-stability-" + s.id());
        solid.getStyleClass().add("segment-card-stability");
        solid.setTooltip(new Tooltip("How often this segment comes back when the customers are resampled (bootstrap "
                + "Jaccard, Hennig 2007): 0.75 and above is stable, below 0.6 it is not reproduced."));

        VBox card = new VBox(6, name, size, facts, solid);
        if (!s.composition().isEmpty()) {
            // The categorical make-up: what stands out on the card, every level's share in the tooltip.
            Label composition = new Label(mix.isEmpty() ? "Mix: like the customers overall" : "Mix: " + String.join("; ", mix));
            composition.setWrapText(true);
            composition.setId("segment-mix-" + s.id());
            composition.setTooltip(new Tooltip(compositionText(s)));
            card.getChildren().add(composition);
        }
        card.getChildren().add(action);
        card.setId("segment-card-" + s.id());
        card.getStyleClass().add("segment-card");
        card.setStyle("-fx-border-color: transparent transparent transparent " + SegmentPalette.hex(s.id()) + ";");
        card.setPrefWidth(300);
        card.setMinWidth(240);
        return card;
    }

    /** "Education: Graduation 52%, PhD 23%, …" one line per categorical column. */
    static String compositionText(SegmentEntry s) {
        StringBuilder sb = new StringBuilder();
        s.composition().forEach((column, levels) -> {
            sb.append(sb.length() == 0 ? "" : "\n").append(column).append(": ");
            StringBuilder line = new StringBuilder();
            levels.forEach((level, share) -> line.append(line.length() == 0 ? "" : ", ").append(level).append(' ')
                    .append(Math.round(100 * share)).append('%'));
            sb.append(line);
        });
        return sb.toString();
    }

    int count() {
        return (int) cards.getChildren().stream().filter(n -> n.getStyleClass().contains("segment-card")).count();
    }
}
