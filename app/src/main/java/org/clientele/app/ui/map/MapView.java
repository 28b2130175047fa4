package org.clientele.app.ui.map;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.clientele.app.ui.common.PngExport;
import org.clientele.app.ui.segments.SegmentPalette;
import org.clientele.core.analysis.SegmentMap;

import java.util.List;
import java.util.function.Function;

/**
 * The Map tab: customers on the first two principal components or on an autoencoder's two learned
 * coordinates, coloured by segment; drag to list customers.
 */
public final class MapView {

    private static final String ANOMALY = "#5b1a1a";

    private final MapViewModel model;
    private final BorderPane root = new BorderPane();
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("PC1");
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("PC2");
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final TableView<MapViewModel.Customer> table = new TableView<>();
    private final Label caption = new Label();
    private final Label fit = new Label();
    private final ToggleGroup coordinates = new ToggleGroup();
    private final Label selected = new Label("No customers selected.");

    public MapView(MapViewModel model) {
        this.model = model;
        chart.setId("map-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setTitle(model.chartTitle());
        renderer.setPolyLineStyle(LineStyle.NONE);
        renderer.setDrawMarker(true);
        renderer.setPointReduction(false);
        chart.getRenderers().setAll(renderer);
        chart.getPlugins().add(new MapInteraction());
        for (DefaultNumericAxis axis : List.of(xAxis, yAxis)) {
            axis.setUnit(null);
            axis.setAutoUnitScaling(false);
            axis.setAutoRangeRounding(false);
            axis.setAutoRangePadding(0.04);
            axis.setForceZeroInRange(false);
        }
        chart.getTitleLabel().setStyle("-fx-font-size: 13px; -fx-font-weight: bold;");
        PngExport.install(chart, "segment-map");

        caption.setId("map-caption");
        caption.getStyleClass().add("dataset-subtitle");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        fit.setId("map-fit");
        fit.getStyleClass().add("dataset-subtitle");
        fit.setWrapText(true);
        Label axes = new Label("Axes:");
        HBox choice = new HBox(0);
        for (MapViewModel.Coordinates c : MapViewModel.Coordinates.values()) {
            ToggleButton b = new ToggleButton(c.label());
            b.setId("map-coordinates-" + c.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(c);
            b.setToggleGroup(coordinates);
            b.setSelected(model.coordinatesProperty().get() == c);
            b.setTooltip(new javafx.scene.control.Tooltip(c == MapViewModel.Coordinates.PCA
                    ? "The first two principal components of the standardized features"
                    : "The two bottleneck coordinates of an autoencoder trained on the standardized features"
                    + " (trained in the background the first time)"));
            choice.getChildren().add(b);
        }
        coordinates.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                model.coordinatesProperty().set((MapViewModel.Coordinates) now.getUserData());
            }
        });
        model.coordinatesProperty().addListener((obs, old, now) -> coordinates.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        HBox top = new HBox(8, caption, axes, choice);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(caption, Priority.ALWAYS);
        VBox mapBox = new VBox(4, top, fit, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        mapBox.setPadding(new Insets(8));

        table.setId("map-selection");
        table.setPlaceholder(new Label("Drag a rectangle on the map\nto list those customers."));
        Button clear = new Button("Clear");
        clear.setId("map-clear");
        clear.setOnAction(e -> model.clearSelection());
        selected.setId("map-selected-count");
        HBox head = new HBox(8, selected, clear);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(selected, Priority.ALWAYS);
        selected.setMaxWidth(Double.MAX_VALUE);
        VBox side = new VBox(6, head, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        side.setMinWidth(220);

        SplitPane split = new SplitPane(mapBox, side);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);

        model.mapProperty().addListener((obs, old, map) -> show(map));
        model.featuresProperty().addListener((obs, old, f) -> columns(f));
        model.selection().addListener((javafx.collections.ListChangeListener<MapViewModel.Customer>) c -> {
            int n = model.selection().size();
            selected.setText(n == 0 ? "No customers selected." : String.format("%,d customers selected", n));
        });
        table.setItems(model.selection());
        columns(model.featuresProperty().get());
        show(model.mapProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void show(SegmentMap map) {
        chart.setTitle(model.chartTitle());
        caption.setText(model.caption());
        fit.setText(model.fitSummary());
        renderer.getDatasets().clear();
        if (map == null) {
            xAxis.setName(model.axisShort(0));
            yAxis.setName(model.axisShort(1));
            return;
        }
        xAxis.setName(model.axisTitle(0));
        yAxis.setName(model.axisTitle(1));
        double size = map.drawn() > 5000 ? 1.5 : map.drawn() > 1000 ? 2.2 : 3;
        double[][] anomalies = model.anomalyPoints();
        if (anomalies[0].length > 0) {
            // Drawn first and larger, so each anomaly keeps its segment's colour inside a dark ring.
            DoubleDataSet ring = new DoubleDataSet(String.format("Anomalies (%,d)", anomalies[0].length),
                    anomalies[0], anomalies[1], anomalies[0].length, true);
            ring.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor(ANOMALY).setMarkerColor(ANOMALY)
                    .setLineColor(ANOMALY).setFill(ANOMALY).setStroke(ANOMALY).setMarkerType("circle")
                    .setMarkerSize(size * 2.4).build());
            renderer.getDatasets().add(ring);
        }
        for (SegmentMap.Group g : map.groups()) {
            LabelledPoints set = new LabelledPoints(g, model::customerId);
            String color = SegmentPalette.hex(g.label());
            set.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor(color).setMarkerColor(color)
                    .setLineColor(color).setFill(color).setStroke(color)
                    .setMarkerSize(g.label() < 0 ? size * 0.8 : size).build());
            renderer.getDatasets().add(set);
        }
    }

    private void columns(List<String> features) {
        table.getColumns().clear();
        table.getColumns().add(col("Customer", MapViewModel.Customer::id, 90));
        table.getColumns().add(col("Segment", MapViewModel.Customer::segment, 150));
        table.getColumns().add(col("Confidence", c -> String.format("%.2f", c.confidence()), 80));
        for (int f = 0; f < features.size(); f++) {
            int i = f;
            TableColumn<MapViewModel.Customer, String> c = col(features.get(f), x -> number(x.values()[i]), 95);
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            table.getColumns().add(c);
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.format("%,d", (long) v) : String.format("%,.2f", v);
    }

    private static <T> TableColumn<T, String> col(String name, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** For tests: the datasets drawn, one per segment. */
    public XYChart chart() {
        return chart;
    }

    /** One segment's points; the tooltip reads each point's customer id and segment from here. */
    private static final class LabelledPoints extends DoubleDataSet {

        private final SegmentMap.Group group;
        private final java.util.function.IntFunction<String> ids;

        LabelledPoints(SegmentMap.Group g, java.util.function.IntFunction<String> ids) {
            super(g.name() + " (" + String.format("%,d", g.size()) + ")", g.x(), g.y(), g.size(), true);
            this.group = g;
            this.ids = ids;
        }

        @Override
        public String getDataLabel(int index) {
            if (index < 0 || index >= group.size()) {
                return null;
            }
            return "Customer " + ids.apply(group.rows()[index]) + " · " + group.name();
        }
    }

    /**
     * Hover: the nearest point's customer id and segment; drag with the primary button: a rectangle, and on
     * release the customers inside are selected.
     */
    private final class MapInteraction extends ChartPlugin {

        private static final double PICK = 8;
        private final Rectangle rect = new Rectangle();
        private final Label tip = new Label();
        private Point2D start;

        MapInteraction() {
            tip.setId("map-tooltip");
            tip.setStyle("-fx-background-color: rgba(255,255,240,0.95); -fx-border-color: #8a8f98; -fx-padding: 3 6 3 6;"
                    + " -fx-font-size: 12px;");
            tip.setManaged(false);
            tip.setVisible(false);
            tip.setMouseTransparent(true);
            getChartChildren().add(tip);
            registerInputEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
            registerInputEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.setVisible(false));
            rect.getStyleClass().add("map-selection-rectangle");
            rect.setStyle("-fx-fill: rgba(47,111,178,0.15); -fx-stroke: #2f6fb2; -fx-stroke-dash-array: 4 3;");
            rect.setManaged(false);
            rect.setVisible(false);
            getChartChildren().add(rect);
            registerInputEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && isMouseEventWithinCanvas(e)) {
                    start = new Point2D(e.getX(), e.getY());
                    rect.setX(start.getX());
                    rect.setY(start.getY());
                    rect.setWidth(0);
                    rect.setHeight(0);
                    rect.setVisible(true);
                }
            });
            registerInputEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (start != null) {
                    rect.setX(Math.min(start.getX(), e.getX()));
                    rect.setY(Math.min(start.getY(), e.getY()));
                    rect.setWidth(Math.abs(e.getX() - start.getX()));
                    rect.setHeight(Math.abs(e.getY() - start.getY()));
                    e.consume();
                }
            });
            registerInputEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                if (start == null) {
                    return;
                }
                rect.setVisible(false);
                Point2D a = getChart().toPlotArea(start.getX(), start.getY());
                Point2D b = getChart().toPlotArea(e.getX(), e.getY());
                start = null;
                if (Math.abs(a.getX() - b.getX()) < 3 && Math.abs(a.getY() - b.getY()) < 3) {
                    return; // a click, not a drag
                }
                model.select(xAxis.getValueForDisplay(a.getX()), xAxis.getValueForDisplay(b.getX()),
                        yAxis.getValueForDisplay(a.getY()), yAxis.getValueForDisplay(b.getY()));
            });
        }

        private void hover(MouseEvent e) {
            SegmentMap map = model.mapProperty().get();
            if (map == null || start != null || !isMouseEventWithinCanvas(e)) {
                tip.setVisible(false);
                return;
            }
            Point2D p = getChart().toPlotArea(e.getX(), e.getY());
            SegmentMap.Group best = null;
            int bestIndex = -1;
            double bestDistance = PICK * PICK;
            for (SegmentMap.Group g : map.groups()) {
                for (int i = 0; i < g.size(); i++) {
                    double dx = xAxis.getDisplayPosition(g.x()[i]) - p.getX();
                    double dy = yAxis.getDisplayPosition(g.y()[i]) - p.getY();
                    double d = dx * dx + dy * dy;
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = g;
                        bestIndex = i;
                    }
                }
            }
            if (best == null) {
                tip.setVisible(false);
                return;
            }
            int row = best.rows()[bestIndex];
            double error = model.reconstructionError(row);
            String reconstruction = Double.isNaN(error) ? ""
                    : String.format("%nReconstruction error %.3f%s", error, model.anomaly(row) ? " (anomaly)" : "");
            tip.setText(String.format("Customer %s%n%s%n%s %.2f · %s %.2f%s", model.customerId(row), best.name(),
                    model.axisShort(0), best.x()[bestIndex], model.axisShort(1), best.y()[bestIndex], reconstruction));
            tip.resize(tip.prefWidth(-1), tip.prefHeight(-1));
            // keep it inside the plot area, which clips plugin nodes: flip left / below near the edges
            boolean right = p.getX() > getChart().getCanvas().getWidth() / 2;
            boolean top = p.getY() < tip.getHeight() + 12;
            double x = right ? e.getX() - 12 - tip.getWidth() : e.getX() + 12;
            double y = top ? e.getY() + 14 : e.getY() - tip.getHeight() - 6;
            tip.relocate(x, y);
            tip.setVisible(true);
            tip.toFront();
        }
    }
}
