package org.clientele.app.ui.clv;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.clientele.core.clv.BgBbFit;
import org.clientele.core.clv.BgBbResult;
import org.clientele.core.clv.ContractResult;
import org.clientele.core.clv.ShiftedBetaGeometricFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.clientele.app.ui.clv.ClvTables.num;
import static org.clientele.app.ui.clv.ClvTables.number;
import static org.clientele.app.ui.clv.ClvTables.text;

/**
 * The tables of the discrete models: the sBG or BG/BB fit (parameters ± standard errors, log-likelihood, AIC,
 * BIC as clv.json has them), sBG's projection by period, and the customers with the columns of the CSV the CLI
 * writes (customers_retention.csv, customers_bgbb.csv).
 */
final class DiscreteClvTables {

    private DiscreteClvTables() {
    }

    static TableView<ClvTables.FitRow> fitTable() {
        TableView<ClvTables.FitRow> t = ClvTables.fitTable();
        t.setId("clv-discrete-fit");
        t.setPlaceholder(new javafx.scene.control.Label("No model fitted yet"));
        t.setMaxWidth(760);
        t.setFixedCellSize(26);
        ClvTables.fitRowsHeight(t, 8, 9);
        t.getItems().addListener((javafx.collections.ListChangeListener<ClvTables.FitRow>) c ->
                ClvTables.fitRowsHeight(t, t.getItems().size(), 9));
        return t;
    }

    static List<ClvTables.FitRow> sbgRows(ContractResult r) {
        ShiftedBetaGeometricFit f = r.sbg();
        String m = "sBG";
        List<ClvTables.FitRow> rows = new ArrayList<>();
        rows.add(new ClvTables.FitRow(m, "α", num(f.alpha()), num(f.standardErrors().alpha())));
        rows.add(new ClvTables.FitRow(m, "β", num(f.beta()), num(f.standardErrors().beta())));
        statistics(rows, m, f.logLikelihood(), f.aic(), f.bic());
        rows.add(new ClvTables.FitRow(m, "customers (churned)", String.format(Locale.ROOT, "%,d (%,d)", f.customers(),
                f.churned()), ""));
        rows.add(new ClvTables.FitRow(m, "periods observed", Integer.toString(f.periods()), ""));
        return rows;
    }

    static List<ClvTables.FitRow> bgbbRows(BgBbResult r) {
        BgBbFit f = r.bgbb();
        String m = "BG/BB";
        List<ClvTables.FitRow> rows = new ArrayList<>();
        rows.add(new ClvTables.FitRow(m, "α", num(f.alpha()), num(f.standardErrors().alpha())));
        rows.add(new ClvTables.FitRow(m, "β", num(f.beta()), num(f.standardErrors().beta())));
        rows.add(new ClvTables.FitRow(m, "γ", num(f.gamma()), num(f.standardErrors().gamma())));
        rows.add(new ClvTables.FitRow(m, "δ", num(f.delta()), num(f.standardErrors().delta())));
        statistics(rows, m, f.logLikelihood(), f.aic(), f.bic());
        rows.add(new ClvTables.FitRow(m, "customers (patterns)", String.format(Locale.ROOT, "%,d (%,d)",
                f.customers(), f.patterns()), ""));
        return rows;
    }

    private static void statistics(List<ClvTables.FitRow> rows, String m, double ll, double aic, double bic) {
        rows.add(new ClvTables.FitRow(m, "log-likelihood", String.format(Locale.ROOT, "%,.2f", ll), ""));
        rows.add(new ClvTables.FitRow(m, "AIC", String.format(Locale.ROOT, "%,.2f", aic), ""));
        rows.add(new ClvTables.FitRow(m, "BIC", String.format(Locale.ROOT, "%,.2f", bic), ""));
    }

    /** retention_projection.csv as a table: observed and fitted survival, retention, churn, survivors, DERL. */
    static TableView<ContractResult.PeriodProjection> projectionTable() {
        TableView<ContractResult.PeriodProjection> t = new TableView<>();
        t.setId("clv-projection");
        t.getColumns().add(number("Period", ContractResult.PeriodProjection::period, "%.0f"));
        t.getColumns().add(number("Observed survival", ContractResult.PeriodProjection::observedSurvival, "%.3f"));
        t.getColumns().add(number("Model survival", ContractResult.PeriodProjection::survival, "%.3f"));
        t.getColumns().add(number("Retention rate", ContractResult.PeriodProjection::retentionRate, "%.3f"));
        t.getColumns().add(number("Churn probability", ContractResult.PeriodProjection::churnProbability, "%.3f"));
        t.getColumns().add(number("Expected survivors", ContractResult.PeriodProjection::expectedSurvivors, "%,.1f"));
        t.getColumns().add(number("DERL (periods)", ContractResult.PeriodProjection::derl, "%.3f"));
        widen(t, 125);
        t.setPlaceholder(new javafx.scene.control.Label("No projection yet"));
        t.setPrefHeight(260);
        return t;
    }

    /** customers_retention.csv's columns: renewals so far, whether churned, P(renews next), DERL. */
    static TableView<ContractResult.CustomerRetention> retentionCustomers() {
        TableView<ContractResult.CustomerRetention> t = new TableView<>();
        t.setId("clv-retention-customers");
        t.getColumns().add(text("Customer", ContractResult.CustomerRetention::customerId, 120));
        t.getColumns().add(number("Tenure (periods)", ContractResult.CustomerRetention::tenure, "%.0f"));
        t.getColumns().add(text("Churned", c -> c.churned() ? "yes" : "no", 80));
        t.getColumns().add(number("P(renews next)", ContractResult.CustomerRetention::probabilityRenewNext, "%.3f"));
        t.getColumns().add(number("DERL (periods)", ContractResult.CustomerRetention::derl, "%.3f"));
        widen(t, 140);
        t.setPlaceholder(new javafx.scene.control.Label("No customers: a survivor curve has none"));
        t.setPrefHeight(300);
        return t;
    }

    /** customers_bgbb.csv's columns: the history at discrete opportunities, P(alive), expected transactions. */
    static TableView<BgBbResult.CustomerForecast> bgbbCustomers() {
        TableView<BgBbResult.CustomerForecast> t = new TableView<>();
        t.setId("clv-bgbb-customers");
        t.getColumns().add(text("Customer", BgBbResult.CustomerForecast::customerId, 120));
        t.getColumns().add(number("Repeat transactions (x)", BgBbResult.CustomerForecast::x, "%.0f"));
        t.getColumns().add(number("Last at (t_x)", BgBbResult.CustomerForecast::tx, "%.0f"));
        t.getColumns().add(number("Opportunities (n)", BgBbResult.CustomerForecast::n, "%.0f"));
        t.getColumns().add(number("P(alive)", BgBbResult.CustomerForecast::probabilityAlive, "%.3f"));
        t.getColumns().add(number("Expected transactions", BgBbResult.CustomerForecast::expectedTransactions, "%.3f"));
        widen(t, 150);
        t.setPlaceholder(new javafx.scene.control.Label("No customers yet"));
        t.setPrefHeight(300);
        return t;
    }

    private static void widen(TableView<?> t, double width) {
        for (TableColumn<?, ?> c : t.getColumns()) {
            c.setPrefWidth(width);
        }
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
