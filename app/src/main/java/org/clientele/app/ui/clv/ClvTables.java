package org.clientele.app.ui.clv;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.GammaGammaFit;
import org.clientele.core.clv.HoldoutScore;
import org.clientele.core.clv.PurchaseModelFit;
import org.clientele.core.clv.PurchaseModelKind;
import org.clientele.core.clv.SegmentClvTotal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The tables of the Lifetime value tab: the purchase models side by side, the chosen model's and Gamma–Gamma's
 * parameters, the holdout scores, the totals by segment and the customers.
 */
final class ClvTables {

    /** One line of the fit table. */
    record FitRow(String model, String parameter, String estimate, String error) { }

    private ClvTables() {
    }

    static TableView<FitRow> fitTable() {
        TableView<FitRow> t = new TableView<>();
        t.setId("clv-fit");
        t.getColumns().add(text("Model", FitRow::model, 190));
        t.getColumns().add(text("Parameter", FitRow::parameter, 110));
        t.getColumns().add(text("Estimate", FitRow::estimate, 100));
        t.getColumns().add(text("± std. error", FitRow::error, 100));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPrefHeight(200);
        return t;
    }

    static List<FitRow> fitRows(ClvResult r) {
        List<FitRow> rows = new ArrayList<>();
        PurchaseModelFit all = r.purchaseModel();
        if (all == null) {
            return rows;
        }
        String label = PurchaseModelKind.of(all.model()).label();
        if (r.calibration() != null && r.purchaseModels() != null) {
            r.purchaseModels().stream().filter(f -> Boolean.TRUE.equals(f.chosen())).findFirst()
                    .ifPresent(f -> purchaseModel(rows, label + ", calibration", f));
        }
        purchaseModel(rows, label + ", all purchases", all);
        GammaGammaFit gg = r.gammaGamma();
        if (gg != null) {
            String m = "Gamma–Gamma, all purchases";
            rows.add(new FitRow(m, "p", num(gg.p()), num(gg.standardErrors().p())));
            rows.add(new FitRow(m, "q", num(gg.q()), num(gg.standardErrors().q())));
            rows.add(new FitRow(m, "γ", num(gg.gamma()), num(gg.standardErrors().gamma())));
            rows.add(new FitRow(m, "log-likelihood", String.format(Locale.ROOT, "%,.1f", gg.logLikelihood()), ""));
        }
        return rows;
    }

    private static void purchaseModel(List<FitRow> rows, String m, PurchaseModelFit f) {
        f.parameters().forEach((name, e) -> rows.add(new FitRow(m, greek(name), num(e.value()), num(e.standardError()))));
        rows.add(new FitRow(m, "log-likelihood", String.format(Locale.ROOT, "%,.1f", f.logLikelihood()), ""));
    }

    static String greek(String name) {
        return switch (name) {
            case "alpha" -> "α";
            case "beta" -> "β";
            case "gamma" -> "γ";
            default -> name;
        };
    }

    /** The purchase models fitted, one row each, the chosen one first (clv.json's purchaseModels). */
    static TableView<PurchaseModelFit> comparisonTable() {
        TableView<PurchaseModelFit> t = new TableView<>();
        t.setId("clv-models");
        t.getColumns().add(text("Purchase model", f -> PurchaseModelKind.of(f.model()).label()
                + (Boolean.TRUE.equals(f.chosen()) ? "  ✓ chosen" : ""), 150));
        t.getColumns().add(text("Parameters (± std. error)", ClvTables::parameters, 500));
        t.getColumns().add(text("Log-likelihood", f -> String.format(Locale.ROOT, "%,.1f", f.logLikelihood()), 105));
        t.getColumns().add(text("AIC", f -> String.format(Locale.ROOT, "%,.1f", f.aic()), 90));
        t.getColumns().add(text("BIC", f -> String.format(Locale.ROOT, "%,.1f", f.bic()), 90));
        t.getColumns().add(text("Holdout RMSE", f -> f.holdout() == null ? "—"
                : String.format(Locale.ROOT, "%.4f", f.holdout().purchasesRmse()), 150));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(26);
        fitRowsHeight(t, 1, 3);
        t.getItems().addListener((javafx.collections.ListChangeListener<PurchaseModelFit>) c ->
                fitRowsHeight(t, t.getItems().size(), 3));
        return t;
    }

    /** As tall as its rows (up to {@code most}, then it scrolls): no empty lines under a single model. */
    static void fitRowsHeight(TableView<?> t, int rows, int most) {
        double h = 26 * Math.min(most, Math.max(1, rows)) + 32;
        t.setPrefHeight(h);
        t.setMinHeight(h);
        t.setMaxHeight(h);
    }

    static String parameters(PurchaseModelFit f) {
        StringBuilder sb = new StringBuilder();
        f.parameters().forEach((name, e) -> {
            sb.append(sb.length() == 0 ? "" : "   ").append(greek(name)).append(' ').append(compact(e.value(), 4));
            if (Double.isFinite(e.standardError())) {
                sb.append(" ± ").append(compact(e.standardError(), 2));
            }
        });
        return sb.toString();
    }

    /** Each segment's totals over the horizon with 90% ranges. */
    static TableView<SegmentClvTotal> segmentTable() {
        TableView<SegmentClvTotal> t = new TableView<>();
        t.setId("clv-segments");
        t.getColumns().add(text("Segment", SegmentClvTotal::segment, 220));
        t.getColumns().add(number("Customers", SegmentClvTotal::customers, "%,.0f"));
        t.getColumns().add(number("Expected purchases", SegmentClvTotal::expectedPurchases, "%,.0f"));
        t.getColumns().add(text("90% range", s -> range(s.expectedPurchasesLow(), s.expectedPurchasesHigh()), 150));
        t.getColumns().add(number("Expected spend", SegmentClvTotal::expectedSpend, "%,.0f"));
        t.getColumns().add(number("CLV", SegmentClvTotal::clv, "%,.0f"));
        t.getColumns().add(text("CLV 90% range", s -> range(s.clvLow(), s.clvHigh()), 170));
        t.getColumns().forEach(c -> c.setStyle("-fx-alignment: CENTER-RIGHT;"));
        t.getColumns().get(0).setStyle("");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(26);
        fitRowsHeight(t, 1, 12);
        t.getItems().addListener((javafx.collections.ListChangeListener<SegmentClvTotal>) c ->
                fitRowsHeight(t, t.getItems().size(), 12));
        return t;
    }

    private static String range(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high)
                ? String.format(Locale.ROOT, "%,.0f – %,.0f", low, high) : "—";
    }

    static TableView<HoldoutScore> scoreTable() {
        TableView<HoldoutScore> t = new TableView<>();
        t.setId("clv-scores");
        t.getColumns().add(text("Model (holdout spend)", HoldoutScore::model, 200));
        t.getColumns().add(text("RMSE", s -> String.format(Locale.ROOT, "%,.1f", s.rmse()), 80));
        t.getColumns().add(text("MAE", s -> String.format(Locale.ROOT, "%,.1f", s.mae()), 80));
        t.getColumns().add(text("Spearman", s -> num3(s.spearman()), 75));
        t.getColumns().add(text("Gini", s -> s.ranking() == null ? "" : num3(s.ranking().normalizedGini()), 60));
        t.getColumns().add(text("Decile MAPE", s -> s.ranking() == null || Double.isNaN(s.ranking().decileMape()) ? ""
                : String.format(Locale.ROOT, "%.1f%%", 100 * s.ranking().decileMape()), 90));
        t.getColumns().add(text("Top 10%", s -> num3(s.topDecileCapture()), 70));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPrefHeight(200);
        return t;
    }

    static TableView<CustomerClv> customerTable() {
        TableView<CustomerClv> t = new TableView<>();
        t.setId("clv-customers");
        t.getColumns().add(text("Customer", CustomerClv::customerId, 110));
        t.getColumns().add(number("Repeat purchases", CustomerClv::frequency, "%.0f"));
        t.getColumns().add(number("Recency", CustomerClv::recency, "%.0f"));
        t.getColumns().add(number("Age (T)", CustomerClv::T, "%.0f"));
        t.getColumns().add(number("P(alive)", CustomerClv::probabilityAlive, "%.3f"));
        t.getColumns().add(number("Expected purchases", CustomerClv::expectedPurchases, "%.2f"));
        t.getColumns().add(number("Expected spend", CustomerClv::expectedSpend, "%,.0f"));
        t.getColumns().add(number("CLV", CustomerClv::clv, "%,.0f"));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPrefHeight(300);
        return t;
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A numeric column that sorts by value and shows it formatted (blank when undefined). */
    static <T> TableColumn<T, Double> number(String title, java.util.function.ToDoubleFunction<T> value,
                                                     String format) {
        TableColumn<T, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cell.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || !Double.isFinite(v) ? "" : String.format(Locale.ROOT, format, v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(110);
        return c;
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a != 0 && (a < 0.001 || a >= 1e6) ? "%.3g" : "%.4f", v);
    }

    /** {@code digits} significant figures (whole numbers from 1,000 up), so four estimates with errors fit one cell. */
    static String compact(double v, int digits) {
        double a = Math.abs(v);
        if (!Double.isFinite(v)) {
            return "—";
        }
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%." + Math.min(digits, 3) + "g", v);
        }
        return a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%." + digits + "g", v);
    }

    private static String num3(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "—";
    }
}
