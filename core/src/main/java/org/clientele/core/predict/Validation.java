package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Locale;

/**
 * Which rows each figure of models.json comes from, in words and numbers (models.json {@code validation}).
 *
 * @param r2             what {@code r2, rmse, mae} are measured on (the held-out test rows)
 * @param cvR2Mean       what {@code cvR2Mean} is measured on (k-fold CV of the training part)
 * @param tableCvR2Mean  what {@code tableCvR2Mean} is measured on (repeated k-fold on the whole table);
 *                       null when not run
 * @param folds          k of both cross-validations
 * @param tableCvRepeats repeats of the whole-table k-fold (0 when not run)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Validation(String r2, String cvR2Mean, String tableCvR2Mean, int folds, int tableCvRepeats) {

    static Validation of(int rows, int trainRows, int testRows, int folds, int tableCvRepeats) {
        String heldOut = String.format(Locale.ROOT, "held-out split: %d test rows of %d (%.0f%%), never used to "
                + "choose anything", testRows, rows, 100.0 * testRows / rows);
        String cv = String.format(Locale.ROOT, "%d-fold CV on the %d training rows; chooses the best model, the "
                + "target scale and each model's input transform", folds, trainRows);
        String table = tableCvRepeats == 0 ? null : String.format(Locale.ROOT,
                "%d-fold CV%s on the whole table (%d rows), comparable with other tools' cross-validation; "
                        + "uses the target scale and input transforms chosen on the training rows",
                folds, tableCvRepeats > 1 ? " repeated " + tableCvRepeats + " times" : "", rows);
        return new Validation(heldOut, cv, table, folds, tableCvRepeats);
    }
}
