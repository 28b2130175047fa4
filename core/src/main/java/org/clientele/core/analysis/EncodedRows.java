package org.clientele.core.analysis;

import org.clientele.core.data.Table;
import org.clientele.core.features.CategoricalEncoding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Model inputs in original units from a table: the numeric columns as they are, then each categorical
 * column as 0/1 indicators, fitted on the rows the model learns from; the encoding is kept so new rows are
 * read the same way. Regressions leave out each column's most common level (the reference the intercept
 * stands for, so least squares has no exactly collinear columns); the segment classifier keeps every level,
 * as the segmentation it learns did, so both list the same features.
 *
 * @param featureNames numeric columns, then indicator columns {@code column=level}
 * @param x            rows × features
 * @param encoding     the fitted encoding (no columns when there are no categorical features)
 */
record EncodedRows(List<String> featureNames, double[][] x, CategoricalEncoding encoding) {

    /**
     * @param sources numeric and categorical column names (indicator names {@code column=level} are read as
     *                their column)
     * @param rows    the table rows to read, in order; the encoding is fitted on them
     */
    static EncodedRows fit(Path file, Table table, List<String> sources, int[] rows, boolean dropReference,
                           String hint) {
        List<String> columns = CategoricalColumns.sourceColumns(table, sources);
        List<String> numeric = columns.stream().filter(c -> !CategoricalColumns.isCategorical(table, c)).toList();
        List<String> categorical = columns.stream().filter(c -> CategoricalColumns.isCategorical(table, c)).toList();
        List<String[]> values = new ArrayList<>();
        for (String c : categorical) {
            String[] all = CategoricalColumns.values(table, c);
            String[] picked = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                picked[i] = all[rows[i]];
            }
            values.add(picked);
        }
        CategoricalEncoding encoding = CategoricalEncoding.fit(categorical, values, dropReference);
        double[][] num = TableColumns.rows(file, table, numeric, rows, hint);
        Map<String, String[]> byName = new java.util.LinkedHashMap<>();
        for (int c = 0; c < categorical.size(); c++) {
            byName.put(categorical.get(c), values.get(c));
        }
        double[][] ind = encoding.indicators(byName, rows.length);
        List<String> names = new ArrayList<>(numeric);
        names.addAll(encoding.indicatorNames());
        double[][] x = new double[rows.length][names.size()];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(num[i], 0, x[i], 0, numeric.size());
            for (int j = 0; j < ind.length; j++) {
                x[i][numeric.size() + j] = ind[j][i];
            }
        }
        return new EncodedRows(names, x, encoding);
    }
}
