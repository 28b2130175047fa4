package org.clientele.app.ui.clv;

import javafx.scene.control.TableView;
import org.clientele.core.clv.CovariateCoefficient;
import org.clientele.core.clv.CovariateModelFit;
import org.clientele.core.clv.CovariateReport;
import org.clientele.core.clv.PurchaseModelKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The covariate effects of a Lifetime value run with covariates: one row per coefficient (model, the parameter it
 * moves, the covariate level, estimate ± standard error, the multiplier in words) and the likelihood-ratio
 * sentences, the same the command line prints.
 */
final class CovariateTables {

    /** One coefficient as the table shows it. */
    record CovariateRow(String model, String parameter, String level, String estimate, String error, String meaning) { }

    private CovariateTables() {
    }

    static TableView<CovariateRow> table() {
        TableView<CovariateRow> t = new TableView<>();
        t.setId("clv-covariates");
        t.getColumns().add(ClvTables.text("Model", CovariateRow::model, 120));
        t.getColumns().add(ClvTables.text("Parameter", CovariateRow::parameter, 90));
        t.getColumns().add(ClvTables.text("Covariate level", CovariateRow::level, 200));
        t.getColumns().add(ClvTables.text("Estimate", CovariateRow::estimate, 90));
        t.getColumns().add(ClvTables.text("± std. error", CovariateRow::error, 90));
        t.getColumns().add(ClvTables.text("Meaning", CovariateRow::meaning, 360));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // As tall as its rows up to a dozen (three countries' effects on BG/NBD and Gamma–Gamma), then it scrolls.
        t.setFixedCellSize(26);
        ClvTables.fitRowsHeight(t, 1, 12);
        t.getItems().addListener((javafx.collections.ListChangeListener<CovariateRow>) c ->
                ClvTables.fitRowsHeight(t, t.getItems().size(), 12));
        return t;
    }

    /** The report's coefficients, purchase model first, then Gamma–Gamma. */
    static List<CovariateRow> rows(CovariateReport report) {
        List<CovariateRow> rows = new ArrayList<>();
        for (CovariateModelFit fit : fits(report)) {
            String model = modelLabel(fit.model());
            for (CovariateCoefficient c : fit.coefficients()) {
                rows.add(new CovariateRow(model, ClvTables.greek(c.parameter()), c.term().replace("=", " = "), ClvTables.num(c.estimate()),
                        ClvTables.num(c.standardError()), c.inWords()));
            }
        }
        return rows;
    }

    /** One likelihood-ratio sentence per model, one line each. */
    static String tests(CovariateReport report) {
        StringBuilder sb = new StringBuilder();
        for (CovariateModelFit fit : fits(report)) {
            sb.append(sb.length() == 0 ? "" : "\n").append(fit.likelihoodRatioSentence(report.columns()));
        }
        for (String w : report.warnings()) {
            sb.append("\nNote: ").append(w).append(w.endsWith(".") ? "" : ".");
        }
        return sb.toString();
    }

    private static List<CovariateModelFit> fits(CovariateReport report) {
        List<CovariateModelFit> fits = new ArrayList<>();
        for (CovariateModelFit f : new CovariateModelFit[]{report.bgnbd(), report.pnbd(), report.gammaGamma()}) {
            if (f != null) {
                fits.add(f);
            }
        }
        return fits;
    }

    private static String modelLabel(String model) {
        return model.equals("gammaGamma") ? "Gamma–Gamma" : PurchaseModelKind.of(model).label();
    }

    /** What each multiplier is relative to: ", compared with Country = United Kingdom" (categorical columns). */
    static String references(CovariateReport report) {
        List<String> refs = report.coding().stream().filter(c -> c.reference() != null)
                .map(c -> c.name() + " = " + c.reference()).toList();
        return refs.isEmpty() ? "" : ", compared with " + String.join(" and ", refs);
    }
}
