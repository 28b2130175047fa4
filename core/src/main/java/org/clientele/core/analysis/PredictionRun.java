package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.predict.ModelBundle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scores every row of a customer table with a saved model. A feature column the file lacks is an error
 * unless the caller allows imputation, in which case it takes the training median (as a missing value
 * does) and a warning says so, because such predictions ignore what the column would have said.
 */
public final class PredictionRun {

    private PredictionRun() {
    }

    /**
     * One scored table. Regression fills {@code predictions}; classification fills {@code segments},
     * {@code segmentNames}, {@code confidence} and {@code outOfDistribution}.
     */
    public record Predictions(String task, String idColumn, List<String> rowIds, double[] predictions,
                              List<String> segments, List<String> segmentNames, double[] confidence,
                              boolean[] outOfDistribution, List<String> warnings) {

        public int rowCount() {
            return rowIds.size();
        }

        public long outOfDistributionCount() {
            return outOfDistribution == null ? 0
                    : IntStream.range(0, outOfDistribution.length).filter(i -> outOfDistribution[i]).count();
        }

        /** The id column (or {@code row}), then {@code prediction}, or {@code segment, segment_name, confidence, out_of_distribution}. */
        public void writeCsv(Path file) {
            List<String> header = new ArrayList<>(List.of(idColumn == null ? "row" : idColumn));
            boolean regression = predictions != null;
            header.addAll(regression ? List.of("prediction")
                    : List.of("segment", "segment_name", "confidence", "out_of_distribution"));
            CsvOutput.write(file, header, csv -> {
                for (int i = 0; i < rowIds.size(); i++) {
                    if (regression) {
                        csv.row(rowIds.get(i), number(predictions[i]));
                    } else {
                        csv.row(rowIds.get(i), segments.get(i), segmentNames.get(i),
                                number(confidence[i]), outOfDistribution[i]);
                    }
                }
            });
        }

        private static String number(double v) {
            // Eight significant digits, never in exponent notation: spreadsheets read it as typed.
            return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(8)).stripTrailingZeros().toPlainString()
                    : "";
        }
    }

    public static Predictions score(Path file, Table table, ModelBundle bundle, boolean imputeMissingColumns) {
        List<String> features = bundle.features();
        CategoricalEncoding encoding = bundle.categoricalEncoding();
        Map<String, Integer> indicatorAt = new HashMap<>();
        if (encoding != null) {
            List<String> indicators = encoding.indicatorNames();
            for (int j = 0; j < indicators.size(); j++) {
                indicatorAt.put(indicators.get(j), j);
            }
        }
        List<String> inputs = bundle.inputColumns();
        List<String> absent = inputs.stream().filter(f -> !table.columnNames().contains(f)).toList();
        List<String> warnings = new ArrayList<>();
        if (!absent.isEmpty()) {
            if (!imputeMissingColumns || absent.size() == inputs.size()) {
                boolean none = absent.size() == inputs.size();
                throw new DataFileException(Reason.COLUMN_MISSING, file, 0, null, "the model needs column"
                        + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent) + ", which the file lacks",
                        none ? "Score a file with the columns the model was trained on"
                                : "Add " + (absent.size() > 1 ? "them" : "it") + ", or fill missing columns with the "
                                        + "training median (or most common level)",
                        none ? new Setting[0] : new Setting[] {Setting.IMPUTE_MISSING});
            }
            warnings.add("column" + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent)
                    + " missing from " + file.getFileName() + ": every row uses the training median or most common level");
        }
        int n = table.rowCount();
        if (n == 0) {
            throw new DataFileException(Reason.NO_DATA, file, 0, null, "has no rows to score", "Check the file");
        }
        double[][] indicators = null;
        if (encoding != null) {
            Map<String, String[]> raw = CategoricalColumns.values(table, encoding.columnNames());
            indicators = encoding.indicators(raw, n);
            encoding.unseenCounts(raw).forEach((column, count) -> warnings.add(String.format(
                    "%,d %s a value of '%s' the model never saw: read as %s", count, count == 1 ? "row has" : "rows have",
                    column,
                    encoding.levels(column).hasOther() ? "'other'" : "its most common level '"
                            + encoding.levels(column).levels().get(0) + "'")));
        }
        double[][] x = new double[n][features.size()];
        String hint = "The model was trained on numeric columns " + features;
        for (int f = 0; f < features.size(); f++) {
            String name = features.get(f);
            Integer ind = indicatorAt.get(name);
            if (ind != null) {
                for (int r = 0; r < n; r++) {
                    x[r][f] = indicators[ind][r];
                }
                continue;
            }
            double[] col = absent.contains(name) ? null : TableColumns.numeric(file, table, name, hint);
            int missing = 0;
            for (int r = 0; r < n; r++) {
                x[r][f] = col == null ? Double.NaN : col[r];
                missing += col != null && Double.isNaN(col[r]) ? 1 : 0;
            }
            if (missing > 0) {
                warnings.add(String.format("%,d missing values in '%s' use the training median", missing, name));
            }
        }
        List<String> ids = TableColumns.rowIds(table);
        if (bundle.task().equals("regression")) {
            return new Predictions("regression", table.idColumn(), ids, bundle.predictValues(x), null, null, null,
                    null, warnings);
        }
        double[][] p = bundle.probabilities(x);
        List<String> classes = bundle.classNames();
        List<String> names = bundle.segmentNames() == null ? classes : bundle.segmentNames();
        List<String> segments = new ArrayList<>(n);
        List<String> segmentNames = new ArrayList<>(n);
        double[] confidence = new double[n];
        for (int r = 0; r < n; r++) {
            int best = 0;
            for (int c = 1; c < p[r].length; c++) {
                if (p[r][c] > p[r][best]) {
                    best = c;
                }
            }
            segments.add(classes.get(best));
            segmentNames.add(names.get(best));
            confidence[r] = p[r][best];
        }
        return new Predictions("classification", table.idColumn(), ids, null, segments, segmentNames, confidence,
                bundle.outOfDistribution(x), warnings);
    }
}
