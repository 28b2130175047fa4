package org.clientele.app.ui.explore;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.eda.FeatureDistribution;
import org.clientele.core.eda.Histogram;
import org.clientele.core.eda.TableFeatures;

/** The views of any customer table: a histogram per numeric feature and the correlation heatmap. */
final class FeaturePages {

    private final ExploreViewModel model;

    FeaturePages(ExploreViewModel model) {
        this.model = model;
    }

    private TableFeatures features() {
        return model.resultProperty().get().features();
    }

    Page distributions() {
        ComboBox<String> feature = new ComboBox<>(model.features());
        feature.setId("explore-feature");
        feature.valueProperty().bindBidirectional(model.featureProperty());
        CheckBox log = new CheckBox("Log scale");
        log.setId("explore-log");
        log.selectedProperty().bindBidirectional(model.logScaleProperty());
        DefaultNumericAxis x = Charts.axis("Value");
        DefaultNumericAxis y = Charts.axis("Customers");
        org.clientele.app.ui.common.PlainTicks.apply(x);
        ErrorDataSetRenderer renderer = Charts.bars();
        XYChart chart = Charts.chart("explore-histogram-chart", x, y, renderer);
        Label figures = Page.figure("explore-feature-figures");
        Runnable refresh = () -> {
            String name = model.featureProperty().get();
            int i = name == null ? -1 : features().features().indexOf(name);
            Histogram logHistogram = i < 0 ? null : features().log().get(i);
            log.setDisable(logHistogram == null);
            boolean onLog = model.logScaleProperty().get() && logHistogram != null;
            x.setLogAxis(onLog);
            x.setName(name == null ? "Value" : name + (onLog ? " (log scale)" : ""));
            ChartData.Xy xy = model.histogram();
            Charts.show(renderer, name == null ? "" : name, xy);
            Charts.fromZero(y, xy);
            Histogram shown = i < 0 ? null : onLog ? logHistogram : features().linear().get(i);
            if (shown != null && shown.edges().length > 1) {
                x.setAutoRanging(false);
                x.set(shown.edges()[0], shown.edges()[shown.edges().length - 1]);
            }
            figures.setText(i < 0 ? "" : describe(features().distributions().get(i), onLog ? logHistogram : null,
                    features().rows()));
        };
        model.featureProperty().addListener((obs, a, b) -> refresh.run());
        model.logScaleProperty().addListener((obs, a, b) -> refresh.run());
        return new Page(Page.frame(chart, new Label("Feature"), feature, log, figures), refresh);
    }

    private static String describe(FeatureDistribution d, Histogram log, int rows) {
        String text = String.format("%,d values · mean %s · median %s · sd %s · skew %s · 1%%–99%%: %s – %s",
                d.count(), Format.number(d.mean()), Format.number(d.quantiles().at(0.5)), Format.number(d.std()),
                Double.isNaN(d.skewness()) ? "–" : String.format("%.2f", d.skewness()),
                Format.number(d.quantiles().at(0.01)), Format.number(d.quantiles().at(0.99)));
        if (rows > d.count()) {
            text += String.format(" · %,d missing", rows - d.count());
        }
        if (log != null && log.excluded() > rows - d.count()) {
            text += String.format(" · %,d values ≤ 0 not on the log scale", log.excluded() - (rows - d.count()));
        }
        return text;
    }

    private String constantNote() {
        java.util.List<String> constant = ChartData.constantFeatures(features().correlations());
        return constant.isEmpty() ? "" : " · left out, a single value: " + String.join(", ", constant);
    }

    Page correlations() {
        Heatmap heatmap = new Heatmap("explore-correlation-heatmap", "", Heatmap::diverging,
                v -> String.format("%.2f", v).replace("-0.00", "0.00"));
        ScrollPane scroll = TransactionPages.scroll(heatmap);
        PngExport.install(heatmap, "correlations");
        SimpleObjectProperty<String> method = new SimpleObjectProperty<>(model.spearmanProperty().get() ? "Spearman" : "Pearson");
        Label note = Page.figure("explore-correlation-note");
        Runnable refresh = () -> {
            heatmap.show(model.correlations());
            note.setText(String.format("%s correlation of the numeric features over %,d customers with every feature present",
                    model.spearmanProperty().get() ? "Spearman's rank" : "Pearson's", features().completeRows())
                    + constantNote());
        };
        method.addListener((obs, a, b) -> {
            model.spearmanProperty().set("Spearman".equals(b));
            refresh.run();
        });
        return new Page(Page.frame(scroll, Page.choice("explore-correlation-method", method, "Pearson", "Spearman"), note),
                refresh);
    }
}
