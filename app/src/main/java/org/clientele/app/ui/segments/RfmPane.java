package org.clientele.app.ui.segments;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.segment.rfm.RfmSegmentSummary;

import java.util.function.Consumer;
import java.util.function.Function;

/** The named RFM segments of the report and the editable rule table that names them. */
final class RfmPane {

    private final TableView<RfmSegmentSummary> segments = new TableView<>();
    private final RfmRulesEditor rules;
    private final SplitPane root;

    RfmPane() {
        this(table -> { });
    }

    /** @param applyRules receives an edited, valid rule table to name the RFM segments with */
    RfmPane(Consumer<RfmRuleTable> applyRules) {
        rules = new RfmRulesEditor(applyRules);
        segments.setId("rfm-segments");
        segments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        segments.setPlaceholder(new Label("RFM needs recency, frequency and monetary columns (a transaction log has them)."));
        segments.getColumns().add(col("RFM segment", RfmSegmentSummary::segment, 150));
        segments.getColumns().add(col("Customers", s -> String.format("%,d", s.count()), 80));
        segments.getColumns().add(col("Share", s -> pct(s.share()), 60));
        segments.getColumns().add(col("Revenue", s -> pct(s.revenueShare()), 70));
        segments.getColumns().add(col("Recency (days)", s -> ProfileHeatmap.number(s.meanRecencyDays()), 95));
        segments.getColumns().add(col("Orders", s -> ProfileHeatmap.number(s.meanFrequency()), 65));
        segments.getColumns().add(col("Spend", s -> ProfileHeatmap.number(s.meanMonetary()), 85));
        segments.getColumns().add(col("Action", RfmSegmentSummary::action, 260));
        Node rulesBox = rules.content();
        root = new SplitPane(segments, rulesBox);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.55);
    }

    SplitPane root() {
        return root;
    }

    void show(SegmentationReport report) {
        rules.show(report == null ? null : report.rfmRules());
        if (report == null || report.rfm() == null) {
            segments.getItems().clear();
        } else {
            segments.getItems().setAll(report.rfm().segments());
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.1f%%", 100 * v);
    }

    private static <T> TableColumn<T, String> col(String name, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
