package org.clientele.app.ui.segments;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.segment.rfm.RfmSegmentRule;
import org.clientele.core.segment.rfm.RfmSegmentSummary;

import java.util.function.Function;

/** The named RFM segments of the report and the rule table that names them (read-only). */
final class RfmPane {

    private final TableView<RfmSegmentSummary> segments = new TableView<>();
    private final TableView<RfmSegmentRule> rules = new TableView<>();
    private final SplitPane root;

    RfmPane() {
        segments.setId("rfm-segments");
        rules.setId("rfm-rules");
        segments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rules.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        segments.setPlaceholder(new Label("RFM needs recency, frequency and monetary columns (a transaction log has them)."));
        segments.getColumns().add(col("RFM segment", RfmSegmentSummary::segment, 150));
        segments.getColumns().add(col("Customers", s -> String.format("%,d", s.count()), 80));
        segments.getColumns().add(col("Share", s -> pct(s.share()), 60));
        segments.getColumns().add(col("Revenue", s -> pct(s.revenueShare()), 70));
        segments.getColumns().add(col("Recency (days)", s -> ProfileHeatmap.number(s.meanRecencyDays()), 95));
        segments.getColumns().add(col("Orders", s -> ProfileHeatmap.number(s.meanFrequency()), 65));
        segments.getColumns().add(col("Spend", s -> ProfileHeatmap.number(s.meanMonetary()), 85));
        segments.getColumns().add(col("Action", RfmSegmentSummary::action, 260));
        rules.getColumns().add(col("Segment", RfmSegmentRule::segment, 150));
        rules.getColumns().add(col("R score", r -> range(r.rMin(), r.rMax()), 70));
        rules.getColumns().add(col("FM score", r -> range(r.fmMin(), r.fmMax()), 70));
        rules.getColumns().add(col("Description", RfmSegmentRule::description, 260));
        rules.getColumns().add(col("Action", RfmSegmentRule::action, 260));
        rules.getItems().setAll(RfmRuleTable.defaults().rules());

        Label rulesTitle = new Label("Rules: R = recency score 1–5, FM = ⌊(F + M) / 2⌋; the first matching rule names the customer");
        rulesTitle.getStyleClass().add("section-title");
        rulesTitle.setWrapText(true);
        VBox rulesBox = new VBox(4, rulesTitle, rules);
        VBox.setVgrow(rules, Priority.ALWAYS);
        rulesBox.setPadding(new Insets(6, 0, 0, 0));
        root = new SplitPane(segments, rulesBox);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.55);
    }

    SplitPane root() {
        return root;
    }

    void show(SegmentationReport report) {
        if (report == null || report.rfm() == null) {
            segments.getItems().clear();
        } else {
            segments.getItems().setAll(report.rfm().segments());
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.1f%%", 100 * v);
    }

    private static String range(int lo, int hi) {
        return lo == hi ? Integer.toString(lo) : lo + "–" + hi;
    }

    private static <T> TableColumn<T, String> col(String name, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
