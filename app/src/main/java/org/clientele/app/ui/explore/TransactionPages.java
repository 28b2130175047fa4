package org.clientele.app.ui.explore;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.clientele.app.ui.common.PngExport;
import org.clientele.core.eda.CategoryStat;
import org.clientele.core.eda.CountryStat;
import org.clientele.core.eda.EdaOverview;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.eda.ProductStat;
import org.clientele.core.eda.ValueConcentration;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The views of a transaction log: sales, countries, concentration, cohorts, products, categories, cleaning. */
final class TransactionPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ExploreViewModel model;

    TransactionPages(ExploreViewModel model) {
        this.model = model;
    }

    private EdaResult eda() {
        return model.resultProperty().get().eda();
    }

    Page sales() {
        DefaultNumericAxis x = Charts.axis("Period start");
        x.setTimeAxis(true);
        x.setTickLabelFormatter(null); // dates, not plain numbers
        DefaultNumericAxis y = Charts.axis("Revenue");
        ErrorDataSetRenderer renderer = Charts.lines();
        XYChart chart = Charts.chart("explore-sales-chart", x, y, renderer);
        Label figures = Page.figure("explore-sales-figures");
        Runnable refresh = () -> {
            ChartData.Xy xy = model.sales();
            y.setName(model.metricProperty().get() + " per " + model.granularityProperty().get().toString().toLowerCase());
            renderer.setDrawMarker(model.granularityProperty().get() != ChartData.Granularity.DAY);
            Charts.show(renderer, model.metricProperty().get().toString(), xy);
            Charts.fromZero(y, xy);
            Charts.padded(x, xy);
            EdaOverview o = eda().overview();
            figures.setText(String.format("%s – %s · revenue %s · %,d orders · %,d customers · %s per order",
                    o.firstPurchase() == null ? "–" : DAY.format(o.firstPurchase()),
                    o.lastPurchase() == null ? "–" : DAY.format(o.lastPurchase()), Format.money(o.revenue()),
                    o.orders(), o.customers(), Format.money(o.averageOrderValue()))
                    + (model.granularityProperty().get() == ChartData.Granularity.DAY ? "" : " · the last period may be partial"));
        };
        model.granularityProperty().addListener((obs, a, b) -> refresh.run());
        model.metricProperty().addListener((obs, a, b) -> refresh.run());
        return new Page(Page.frame(chart,
                Page.choice("explore-granularity", model.granularityProperty(), ChartData.Granularity.values()),
                Page.choice("explore-metric", model.metricProperty(), ChartData.Metric.values()), figures), refresh);
    }

    Page countries() {
        CategoryAxis x = Charts.categories("Country");
        DefaultNumericAxis y = Charts.axis("Share of revenue");
        y.setUnit("%");
        ErrorDataSetRenderer renderer = Charts.bars();
        XYChart chart = Charts.chart("explore-countries-chart", x, y, renderer);
        TableView<CountryStat> table = new TableView<>();
        table.setId("explore-countries-table");
        table.getColumns().add(column("Country", CountryStat::country, 150));
        table.getColumns().add(column("Revenue", c -> Format.money(c.revenue()), 100));
        table.getColumns().add(column("Share", c -> Format.percent(c.share()), 60));
        table.getColumns().add(column("Customers", c -> String.format("%,d", c.customers()), 75));
        table.getColumns().add(column("Per customer", c -> Format.money(c.revenuePerCustomer()), 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Label figures = Page.figure("explore-countries-figures");
        Runnable refresh = () -> {
            ChartData.Xy xy = model.countryShares();
            Charts.categories(x, xy);
            Charts.show(renderer, "Share of revenue", xy);
            Charts.fromZero(y, xy);
            Charts.padded(x, xy);
            table.getItems().setAll(eda().countries().head());
            CountryStat top = eda().countries().top();
            figures.setText(top == null ? "The log has no country column."
                    : String.format("%d countries · %s brings %s of revenue · top 10 and the rest shown",
                    eda().countries().countries(), top.country(), Format.percent(top.share())));
        };
        return new Page(Page.frame(split, figures), refresh);
    }

    Page concentration() {
        DefaultNumericAxis x = Charts.axis("Customers, lowest spenders first");
        DefaultNumericAxis y = Charts.axis("Share of total spend");
        x.setUnit("%");
        y.setUnit("%");
        x.setAutoRanging(false);
        y.setAutoRanging(false);
        x.set(0, 100);
        y.set(0, 100);
        ErrorDataSetRenderer renderer = Charts.lines();
        renderer.setDrawMarker(false);
        XYChart chart = Charts.chart("explore-lorenz-chart", x, y, renderer);
        Label gini = Page.figure("explore-gini");
        Label top20 = Page.figure("explore-top20");
        Label other = Page.figure("explore-concentration-figures");
        Runnable refresh = () -> {
            DoubleDataSet curve = new DoubleDataSet("Lorenz curve");
            ChartData.Xy l = model.lorenz();
            curve.set(l.x(), l.y());
            DoubleDataSet diagonal = new DoubleDataSet("Equal spend");
            diagonal.set(ChartData.equality().x(), ChartData.equality().y());
            diagonal.setStyle("-fx-line-color: #8a8f98; -fx-line-width: 1; -fx-line-dashes: 6 4;");
            curve.setStyle("-fx-line-color: #2f6fb2; -fx-line-width: 2.5;");
            renderer.getDatasets().setAll(curve, diagonal);
            ValueConcentration v = eda().valueConcentration();
            gini.setText(String.format("Gini %.2f", v.gini()));
            top20.setText("Top 20% of customers: " + Format.percent(v.top20PercentShare()) + " of spend");
            other.setText("top 1%: " + Format.percent(v.top1PercentShare()) + " · top 10%: "
                    + Format.percent(v.top10PercentShare()) + " · 80% of spend from "
                    + Format.percent(v.customersFor80Percent()) + " of customers");
        };
        return new Page(Page.frame(chart, gini, top20, other), refresh);
    }

    Page cohorts() {
        Heatmap heatmap = new Heatmap("explore-cohorts-heatmap", "Cohort (customers)", Heatmap::sequential,
                v -> String.format("%.0f%%", 100 * v));
        ScrollPane scroll = scroll(heatmap);
        PngExport.install(heatmap, "cohort-retention");
        Label note = Page.figure("explore-cohorts-note");
        note.setText("Share of each month's new customers who bought again n months later");
        return new Page(Page.frame(scroll, note), () -> {
            ChartData.Matrix m = model.cohorts();
            double max = 0;
            for (double[] row : m.values()) {
                for (int k = 1; k < row.length; k++) {
                    max = Double.isNaN(row[k]) ? max : Math.max(max, row[k]);
                }
            }
            double top = max > 0 ? max : 1;
            // month 0 is 100% by definition: colour the rest against the best later month
            heatmap.setColour(v -> Heatmap.sequential(v / top));
            heatmap.show(m);
        });
    }

    Page products() {
        TableView<ProductStat> table = new TableView<>();
        table.setId("explore-products-table");
        TableColumn<ProductStat, String> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Integer.toString(table.getItems().indexOf(c.getValue()) + 1)));
        rank.setPrefWidth(36);
        table.getColumns().add(rank);
        table.getColumns().add(column("Product", ProductStat::product, 80));
        table.getColumns().add(column("Description", ProductStat::description, 280));
        table.getColumns().add(column("Category", ProductStat::category, 110));
        table.getColumns().add(column("Revenue", p -> Format.money(p.revenue()), 95));
        table.getColumns().add(column("Units", p -> String.format("%,.0f", p.quantity()), 75));
        table.getColumns().add(column("Orders", p -> String.format("%,d", p.orders()), 65));
        table.getColumns().add(column("Customers", p -> String.format("%,d", p.customers()), 75));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label figures = Page.figure("explore-products-figures");
        javafx.beans.property.ObjectProperty<String> order = new javafx.beans.property.SimpleObjectProperty<>(
                model.productsByRevenueProperty().get() ? "By revenue" : "By units");
        Runnable refresh = () -> {
            table.getItems().setAll(model.topProducts());
            figures.setText(String.format("Top %d of %,d products", table.getItems().size(), eda().products().products()));
        };
        order.addListener((obs, a, b) -> {
            model.productsByRevenueProperty().set("By revenue".equals(b));
            refresh.run();
        });
        return new Page(Page.frame(table, Page.choice("explore-products-order", order, "By revenue", "By units"),
                figures), refresh);
    }

    Page categories() {
        CategoryAxis x = Charts.categories("Category");
        DefaultNumericAxis y = Charts.axis("Share of revenue");
        y.setUnit("%");
        ErrorDataSetRenderer renderer = Charts.bars();
        XYChart chart = Charts.chart("explore-categories-chart", x, y, renderer);
        TableView<CategoryStat> table = new TableView<>();
        table.setId("explore-categories-table");
        table.getColumns().add(column("Category", CategoryStat::category, 130));
        table.getColumns().add(column("Share", c -> Format.percent(c.share()), 60));
        table.getColumns().add(column("Revenue", c -> Format.money(c.revenue()), 100));
        table.getColumns().add(column("Products", c -> String.format("%,d", c.products()), 70));
        table.getColumns().add(column("Customers", c -> String.format("%,d", c.customers()), 75));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Label note = Page.figure("explore-categories-note");
        note.setText("Categories from keywords in product descriptions");
        return new Page(Page.frame(split, note), () -> {
            ChartData.Xy xy = model.categoryShares();
            Charts.categories(x, xy);
            Charts.show(renderer, "Share of revenue", xy);
            Charts.fromZero(y, xy);
            Charts.padded(x, xy);
            table.getItems().setAll(eda().products().categories());
        });
    }

    Page cleaning() {
        ListView<String> list = new ListView<>();
        list.setId("explore-cleaning-list");
        Label title = Page.figure("explore-cleaning-title");
        title.setText("What cleaning removed before the analysis");
        return new Page(Page.frame(list, title),
                () -> list.getItems().setAll(model.cleaningLines()));
    }

    static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    static <T> TableColumn<T, String> column(String name, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
