package org.clientele.app.ui.clv;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.clientele.core.clv.BgNbdFit;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.GammaGammaFit;
import org.clientele.core.clv.HoldoutScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The tables of the Lifetime value tab: the fitted parameters, the holdout scores and the customers. */
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
        if (r.calibration() != null) {
            bgnbd(rows, "BG/NBD, calibration", r.calibration().bgnbd());
        }
        bgnbd(rows, "BG/NBD, all purchases", r.bgnbd());
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

    private static void bgnbd(List<FitRow> rows, String m, BgNbdFit f) {
        rows.add(new FitRow(m, "r", num(f.r()), num(f.standardErrors().r())));
        rows.add(new FitRow(m, "α", num(f.alpha()), num(f.standardErrors().alpha())));
        rows.add(new FitRow(m, "a", num(f.a()), num(f.standardErrors().a())));
        rows.add(new FitRow(m, "b", num(f.b()), num(f.standardErrors().b())));
        rows.add(new FitRow(m, "log-likelihood", String.format(Locale.ROOT, "%,.1f", f.logLikelihood()), ""));
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

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A numeric column that sorts by value and shows it formatted (blank when undefined). */
    private static <T> TableColumn<T, Double> number(String title, java.util.function.ToDoubleFunction<T> value,
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

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a != 0 && (a < 0.001 || a >= 1e6) ? "%.3g" : "%.4f", v);
    }

    private static String num3(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "—";
    }
}
