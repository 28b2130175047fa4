package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A clearly labelled, simulated spend for tables that have none (such as platform behaviour data), so
 * the prediction pipeline can be demonstrated on them. The formula is stated and travels with every
 * result: {@code simulated_spend = 100 · exp(0.5·z(A) + 0.3·z(B) − 0.2·z(C) + ε)}, ε ~ N(0, 0.25²) from
 * the seed, where A, B, C are the table's first three numeric feature columns and z a z-score
 * (population std; missing values count as the mean). Nothing about real customers' spend follows from it.
 */
public record SimulatedSpend(String column, List<String> inputs, double[] weights, double noiseSd, long seed) {

    public static final String COLUMN = "simulated_spend";
    private static final double[] WEIGHTS = {0.5, 0.3, -0.2};

    public SimulatedSpend {
        inputs = List.copyOf(inputs);
        weights = weights.clone();
    }

    /** The formula over {@code table}'s first three numeric feature columns. */
    public static SimulatedSpend forTable(Path file, Table table, long seed) {
        List<String> numeric = table.numericFeatureColumns();
        if (numeric.isEmpty()) {
            throw new DataFileException(Reason.COLUMN_WRONG_TYPE, file, 0, null,
                    "the table has no numeric columns to simulate a spend from",
                    "Choose a real spend column as the target instead", Setting.TARGET);
        }
        int n = Math.min(3, numeric.size());
        double[] w = new double[n];
        System.arraycopy(WEIGHTS, 0, w, 0, n);
        return new SimulatedSpend(COLUMN, numeric.subList(0, n), w, 0.25, seed);
    }

    public String formula() {
        StringBuilder b = new StringBuilder(column + " = 100 * exp(");
        for (int i = 0; i < inputs.size(); i++) {
            double w = weights[i];
            b.append(i == 0 ? (w < 0 ? "-" : "") : (w < 0 ? " - " : " + "))
                    .append(String.format(Locale.ROOT, "%.2f*z(%s)", Math.abs(w), inputs.get(i)));
        }
        return b.append(String.format(Locale.ROOT, " + e), e ~ Normal(0, %.2f^2), seed %d; SIMULATED, not real spend",
                noiseSd, seed)).toString();
    }

    /** What the results record about the simulated target. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("column", column);
        m.put("formula", formula());
        m.put("inputs", inputs);
        m.put("seed", seed);
        return m;
    }

    public double[] values(Table table) {
        int rows = table.rowCount();
        double[] logSpend = new double[rows];
        for (int i = 0; i < inputs.size(); i++) {
            double[] x = table.numericColumn(table.columnIndex(inputs.get(i)));
            double mean = 0;
            int count = 0;
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    mean += v;
                    count++;
                }
            }
            mean = count == 0 ? 0 : mean / count;
            double ss = 0;
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    ss += (v - mean) * (v - mean);
                }
            }
            double sd = count == 0 ? 0 : Math.sqrt(ss / count);
            for (int r = 0; r < rows; r++) {
                double z = Double.isNaN(x[r]) || sd == 0 ? 0 : (x[r] - mean) / sd;
                logSpend[r] += weights[i] * z;
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] spend = new double[rows];
        for (int r = 0; r < rows; r++) {
            spend[r] = Math.round(100 * Math.exp(logSpend[r] + noiseSd * gaussian(rnd)) * 100) / 100.0;
        }
        return spend;
    }

    /** {@code table} with the simulated spend as its last column. */
    public Table addTo(Table table) {
        List<String> names = new ArrayList<>(table.columnNames());
        List<ColumnType> types = new ArrayList<>();
        List<double[]> numbers = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            types.add(table.type(c));
            if (table.type(c).isNumeric()) {
                numbers.add(table.numericColumn(c));
                texts.add(null);
            } else {
                String[] t = new String[table.rowCount()];
                for (int r = 0; r < t.length; r++) {
                    t[r] = table.text(r, c);
                }
                numbers.add(null);
                texts.add(t);
            }
        }
        names.add(column);
        types.add(ColumnType.DECIMAL);
        numbers.add(values(table));
        texts.add(null);
        return Table.of(names, types, numbers, texts, table.idColumn());
    }

    /** Box–Muller: SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
