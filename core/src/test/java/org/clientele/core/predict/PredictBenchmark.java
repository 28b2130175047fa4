package org.clientele.core.predict;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.task.Progress;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark (not a test): times the full regressor and classifier comparisons on a customer table, and
 * writes the table and the exact splits so {@code core/src/test/python/gbr_same_splits.py} can score
 * scikit-learn's GradientBoostingRegressor on the same folds.
 * <p>
 * Usage: {@code PredictBenchmark cpb|retail SHARED_DATA_DIR OUT_DIR}. "cpb" is
 * Customer_Purchasing_Behaviors.csv (target purchase_amount); "retail" is a throwaway per-customer
 * aggregation of UCI Online Retail (target monetary; segments by a recency × frequency rule).
 */
public final class PredictBenchmark {

    private PredictBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "cpb";
        Path shared = Path.of(args.length > 1 ? args[1] : "../../shared/data");
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench");
        Files.createDirectories(out);
        ModelingData data;
        String target;
        if (which.equals("cpb")) {
            data = purchasingBehaviors(shared.resolve("Customer_Purchasing_Behaviors.csv"));
            target = "purchase_amount";
        } else {
            data = retail(shared.resolve("online_retail.csv.gz"));
            target = "monetary";
        }
        System.out.printf(Locale.ROOT, "%s: %d rows x %d features %s%n", which, data.rowCount(), data.featureCount(),
                data.featureNames());
        RegressionOptions o = RegressionOptions.defaults().withTarget(target);
        long t0 = System.nanoTime();
        RegressionResult r = RegressionComparison.run(data, o, Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "regression comparison: %.1f s; target scale %s (%s)%n", seconds,
                r.scaleChoice().scale(), r.scaleChoice().reason());
        System.out.println("excluded: " + r.report().excluded());
        System.out.println("warnings: " + r.report().warnings());
        for (RegressionScore s : r.scores()) {
            System.out.printf(Locale.ROOT, "  %-14s test R2 %.4f RMSE %.2f MAE %.2f | CV R2 %.4f ± %.4f | %.1f s %s%n",
                    s.name(), s.r2(), s.rmse(), s.mae(), s.cvR2Mean(), s.cvR2Std(), s.seconds(), s.settings());
        }
        System.out.println("best: " + r.best() + "; importances " + r.report().importances());
        writeForSklearn(data, r, o, out);

        if (data.yClass() != null) {
            t0 = System.nanoTime();
            ClassificationResult c = SegmentClassifierComparison.run(data, ClassificationOptions.defaults(),
                    Progress.NONE);
            System.out.printf(Locale.ROOT, "classifier comparison: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            for (ClassifierScore s : c.scores()) {
                System.out.printf(Locale.ROOT, "  %-14s test acc %.4f macroF1 %.4f | CV acc %.4f ± %.4f, "
                                + "CV macroF1 %.4f | %.1f s%n", s.name(), s.accuracy(), s.macroF1(),
                        s.cvAccuracyMean(), s.cvAccuracyStd(), s.cvMacroF1Mean(), s.seconds());
            }
            System.out.println("best: " + c.best());
        }
    }

    /** Writes the kept features, target and split role of every row (test, or the CV fold of a training row). */
    private static void writeForSklearn(ModelingData data, RegressionResult r, RegressionOptions o, Path out)
            throws Exception {
        Split split = Folds.holdout(data.rowCount(), o.testFraction(), o.seed());
        List<Split> folds = Folds.kFold(split.train().length, o.folds(), o.seed() + 1);
        String[] role = new String[data.rowCount()];
        for (int i : split.test()) {
            role[i] = "test";
        }
        for (int f = 0; f < folds.size(); f++) {
            for (int i : folds.get(f).test()) {
                role[split.train()[i]] = Integer.toString(f);
            }
        }
        List<String> kept = r.report().features();
        ModelingData k = data.selectFeatures(kept);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("table.csv")))) {
            w.println(String.join(",", kept) + ",target,role");
            for (int i = 0; i < k.rowCount(); i++) {
                StringBuilder sb = new StringBuilder();
                for (double v : k.x()[i]) {
                    sb.append(Double.isNaN(v) ? "" : Double.toString(v)).append(',');
                }
                w.println(sb.append(k.yNumeric()[i]).append(',').append(role[i]));
            }
        }
        System.out.println("wrote " + out.resolve("table.csv"));
    }

    static ModelingData purchasingBehaviors(Path file) throws Exception {
        List<String> features = List.of("age", "annual_income", "loyalty_score", "purchase_frequency");
        List<double[]> rows = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                double[] row = new double[features.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(rec.get(features.get(j)));
                }
                rows.add(row);
                y.add(Double.parseDouble(rec.get("purchase_amount")));
                ids.add(rec.get("user_id"));
            }
        }
        return ModelingData.regression(ids, features, rows.toArray(double[][]::new),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A quick per-customer aggregation; the real one lives in the transactions package. */
    static ModelingData retail(Path file) throws Exception {
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Map<String, Agg> by = new LinkedHashMap<>();
        LocalDateTime last = LocalDateTime.MIN;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String customer = rec.get("CustomerID");
                String invoice = rec.get("InvoiceNo");
                double q = Double.parseDouble(rec.get("Quantity"));
                double p = Double.parseDouble(rec.get("UnitPrice"));
                if (customer.isEmpty() || invoice.startsWith("C") || q <= 0 || p <= 0) {
                    continue;
                }
                LocalDateTime t = LocalDateTime.parse(rec.get("InvoiceDate"), fmt);
                last = t.isAfter(last) ? t : last;
                by.computeIfAbsent(customer, c -> new Agg()).add(invoice, t, q, p, rec.get("StockCode"));
            }
        }
        LocalDateTime asOf = last.toLocalDate().plusDays(1).atStartOfDay();
        List<String> names = List.of("recency_days", "frequency", "tenure_days", "distinct_products",
                "items_per_order", "lines_per_order", "average_unit_price", "weekend_share", "evening_share",
                "days_between_orders", "average_order_value");
        double[][] x = new double[by.size()][];
        double[] y = new double[by.size()];
        int[] seg = new int[by.size()];
        int i = 0;
        for (Agg a : by.values()) {
            double recency = ChronoUnit.DAYS.between(a.last, asOf);
            double tenure = ChronoUnit.DAYS.between(a.first, asOf);
            int f = a.invoices.size();
            x[i] = new double[]{recency, f, tenure, a.products.size(), a.items / f, (double) a.lines / f,
                    a.priceSum / a.lines, a.weekend / a.lines, a.evening / a.lines,
                    f > 1 ? ChronoUnit.DAYS.between(a.first, a.last) / (f - 1.0) : Double.NaN, a.revenue / f};
            y[i] = a.revenue;
            seg[i] = (recency <= 50 ? 0 : 2) + (f >= 3 ? 0 : 1);
            i++;
        }
        return new ModelingData(new ArrayList<>(by.keySet()), names, x, y, seg,
                List.of("active-loyal", "active-new", "lapsed-loyal", "lapsed-occasional"));
    }

    private static final class Agg {
        final Set<String> invoices = new HashSet<>();
        final Set<String> products = new HashSet<>();
        LocalDateTime first = LocalDateTime.MAX;
        LocalDateTime last = LocalDateTime.MIN;
        double items;
        int lines;
        double revenue;
        double priceSum;
        double weekend;
        double evening;

        void add(String invoice, LocalDateTime t, double q, double p, String product) {
            invoices.add(invoice);
            products.add(product);
            first = t.isBefore(first) ? t : first;
            last = t.isAfter(last) ? t : last;
            items += q;
            lines++;
            revenue += q * p;
            priceSum += p;
            weekend += t.getDayOfWeek().getValue() >= 6 ? 1 : 0;
            evening += t.getHour() >= 17 ? 1 : 0;
        }
    }

}
