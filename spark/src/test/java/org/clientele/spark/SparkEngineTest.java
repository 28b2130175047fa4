package org.clientele.spark;

import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.PredictionRun;
import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.analysis.TrainingRun;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.eda.CategoryRules;
import org.clientele.core.eda.EdaAccumulator;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.eda.TransactionEda;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.SweepPoint;
import org.clientele.core.segment.profile.ColumnVocabulary;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningReport;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerSummary;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark engine on local[2] against the in-process engine on the bundled sample: the same cleaning report,
 * customer table and exploratory analysis (both made from one pass over the log on each side), and the same k
 * with silhouettes within 0.01 (RFM features, the README's example); the helpers serve the other classes too.
 */
class SparkEngineTest {

    @org.junit.jupiter.api.AfterAll
    static void printCost() {
        SharedSpark.printCost("SparkEngineTest");
    }


    /** One log's customer table and analysis from one pass, as an engine makes them. */
    record Analysed(CustomerTable customers, EdaResult eda) {
    }

    private static Path sample() {
        return SampleDatasets.extract(SampleDatasets.defaultDataset().name());
    }

    @Test
    void bundledSampleMatchesTheInProcessEngine() {
        Path file = sample();
        SharedSpark.Pair<Analysed, Analysed> both = SharedSpark.sideBySide(() -> inProcess(file),
                () -> onSpark(file.toString()));
        Analysed spark = both.spark();
        sameCustomers(both.local(), spark);
        assertEquals(1_082, spark.customers().customers().size());
        // k 3..6: the sample's choice (k = 4) is inside; at k = 7 three MLlib runs can stop in a poorer optimum
        sameSegments(file, spark.customers(), SegmentOptions.builder()
                .features(List.of("recency_days", "frequency", "monetary")).kRange(3, 6).build());
    }

    /**
     * Dates such as 03/04/2011: with no day above 12 anywhere both engines read month first and warn alike; with
     * a 13th only after the rows the schema is detected on, both read on until it and read day first.
     */
    @Test
    void dayMonthOrderIsSettledAndWarnedAboutAsInProcess(@TempDir Path dir) throws Exception {
        Path undecided = dayFirstLog(dir.resolve("undecided.csv"), 6_000, false);
        Path decidedLate = dayFirstLog(dir.resolve("decided_late.csv"), 6_000, true);
        SharedSpark.Pair<Analysed, Analysed> u = SharedSpark.sideBySide(() -> inProcess(undecided),
                () -> onSpark(undecided.toString()));
        sameCustomers(u.local(), u.spark());
        assertEquals(1, u.spark().customers().report().warnings().size());
        assertTrue(u.spark().customers().report().warnings().get(0).contains("set the date order to day first"));
        SharedSpark.Pair<Analysed, Analysed> d = SharedSpark.sideBySide(() -> inProcess(decidedLate),
                () -> onSpark(decidedLate.toString()));
        sameCustomers(d.local(), d.spark());
        assertEquals(List.of(), d.spark().customers().report().warnings());
        assertEquals(java.time.LocalDate.of(2011, 1, 13), d.spark().customers().report().lastDate().toLocalDate());
    }

    /** A day-first log of {@code rows} lines, days 1..12 only, and a last line on 13/01/2011 if {@code late13th}. */
    private static Path dayFirstLog(Path file, int rows, boolean late13th) throws java.io.IOException {
        StringBuilder sb = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
                + "Country\n");
        for (int i = 0; i < rows; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%d,S%d,Item,%d,%02d/%02d/2010 10:%02d,%d.50,%d,UK%n",
                    10_000 + i / 3, i % 11, 1 + i % 4, 1 + i % 12, 1 + (i / 12) % 12, i % 60, 1 + i % 9, 12_000 + i % 97));
        }
        if (late13th) {
            sb.append("99999,S1,Item,1,13/01/2011 09:00,2.50,12001,UK\n");
        }
        return Files.writeString(file, sb.toString());
    }

    @Test
    void predictOnSparkWritesWhatInProcessScoringWrites(@TempDir Path dir) throws Exception {
        Path log = sample();
        Path customers = dir.resolve("customers.csv");
        new CustomerTableBuilder().build(log, Progress.NONE).writeCsv(customers);
        Table table = CustomerTables.load(customers, ReadOptions.DEFAULT, Progress.NONE);
        TrainingResult trained = TrainingRun.regression(customers, table, "monetary",
                List.of("recency_days", "frequency", "tenure_days", "distinct_products"),
                RegressionOptions.builder().models(List.of("linear")).build(), Progress.NONE);
        Path model = dir.resolve("model");
        trained.bundle().save(model);
        ModelBundle bundle = ModelBundle.load(model);
        Path local = dir.resolve("local.csv");
        PredictionRun.score(customers, CustomerTables.load(customers, ReadOptions.DEFAULT, Progress.NONE,
                bundle.derivedAsOf()), bundle, false).writeCsv(local);
        Path spark = dir.resolve("spark.csv");
        ScaleOutEngine.Scored scored = SharedSpark.engine().score(model, customers.toString(), ReadOptions.DEFAULT,
                false, spark, Progress.NONE);
        assertEquals(table.rowCount(), scored.rows());
        assertEquals(Files.readString(local), Files.readString(spark));
    }

    /**
     * Seeded MLlib k-means runs per k on Spark, against the in-process engine's default ten restarts: each MLlib run
     * costs Spark jobs per iteration, and k-means|| initialisation reaches the same k and silhouettes (within 0.01)
     * in three.
     */
    static final int SPARK_RUNS = 3;

    /** The customer table and analysis in one pass over the log, as {@code eda} makes them in-process. */
    static Analysed inProcess(Path file) {
        EdaAccumulator acc = new EdaAccumulator(CategoryRules.defaults());
        CustomerTable table = new CustomerTableBuilder().build(file, Progress.NONE, acc);
        return new Analysed(table, TransactionEda.summarise(file.getFileName().toString(), table, acc,
                TransactionEda.DEFAULT_SEED, Progress.NONE));
    }

    static Analysed onSpark(String location) {
        SparkEda.Outcome o = SparkEda.run(LogInput.open(SharedSpark.engine().session(), location,
                ReadOptions.DEFAULT), CleaningRules.DEFAULT, CategoryRules.defaults(), TransactionEda.DEFAULT_SEED,
                Progress.NONE);
        return new Analysed(o.customers(), o.result());
    }

    static void sameCustomers(Analysed localRun, Analysed sparkRun) {
        CustomerTable local = localRun.customers();
        CustomerTable spark = sparkRun.customers();
        CleaningReport a = local.report();
        CleaningReport b = spark.report();
        assertEquals(a.rowsRead(), b.rowsRead());
        assertEquals(a.rowsKept(), b.rowsKept());
        assertEquals(a.customers(), b.customers());
        assertEquals(a.revenue(), b.revenue(), 1e-9);
        assertEquals(a.removed(), b.removed());
        assertEquals(a.duplicateRows(), b.duplicateRows());
        assertEquals(a.asOf(), b.asOf());
        assertEquals(a.firstDate(), b.firstDate());
        assertEquals(a.lastDate(), b.lastDate());
        assertEquals(a.warnings(), b.warnings());
        assertEquals(local.customers().size(), spark.customers().size());
        for (int i = 0; i < local.customers().size(); i++) {
            CustomerSummary x = local.customers().get(i);
            CustomerSummary y = spark.customers().get(i);
            assertEquals(x.customerId(), y.customerId());
            assertEquals(x.mainCountry(), y.mainCountry(), x.customerId());
            assertEquals(x.firstPurchase(), y.firstPurchase(), x.customerId());
            assertEquals(x.lastPurchase(), y.lastPurchase(), x.customerId());
            assertArrayEquals(x.numericValues(), y.numericValues(), 1e-6, x.customerId());
        }
        // What a user compares: the customers.csv each engine writes, byte for byte.
        try {
            Path dir = Files.createTempDirectory("customers");
            local.writeCsv(dir.resolve("local.csv"));
            spark.writeCsv(dir.resolve("spark.csv"));
            assertEquals(-1L, Files.mismatch(dir.resolve("local.csv"), dir.resolve("spark.csv")),
                    "customers.csv differs between the engines");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SparkEdaTest.sameAnalysis(localRun.eda(), sparkRun.eda());
    }

    static void sameSegments(Path file, CustomerTable customers, SegmentOptions options) {
        SharedSpark.Pair<SegmentationReport, SegmentationReport> both = SharedSpark.sideBySide(
                () -> SegmentationRun.run(file, customers.toTable(), options, RfmRuleTable.defaults(),
                        ColumnVocabulary.defaults(), SegmentationRun.IN_PROCESS, Progress.NONE),
                () -> SegmentationRun.run(file, customers.toTable(), options, RfmRuleTable.defaults(),
                        ColumnVocabulary.defaults(), new SparkClustering(SharedSpark.engine().session(), SPARK_RUNS),
                        Progress.NONE));
        SegmentationReport local = both.local();
        SegmentationReport spark = both.spark();
        System.out.printf("%s: in-process k=%d (%s) silhouette %.4f; spark k=%d (%s) silhouette %.4f%n",
                file.getFileName(), local.result().k(), local.result().kChosenBy(), local.result().silhouette(),
                spark.result().k(), spark.result().kChosenBy(), spark.result().silhouette());
        List<SweepPoint> a = local.result().sweep();
        List<SweepPoint> b = spark.result().sweep();
        for (int i = 0; i < a.size(); i++) {
            System.out.printf("  k=%d silhouette %.4f vs %.4f, inertia %.1f vs %.1f, DB %.4f vs %.4f, CH %.1f vs %.1f,"
                            + " gap %.3f vs %.3f, stability %.3f vs %.3f%n", a.get(i).k(), a.get(i).silhouette(),
                    b.get(i).silhouette(), a.get(i).inertia(), b.get(i).inertia(), a.get(i).daviesBouldin(),
                    b.get(i).daviesBouldin(), a.get(i).calinskiHarabasz(), b.get(i).calinskiHarabasz(), a.get(i).gap(),
                    b.get(i).gap(), a.get(i).stability(), b.get(i).stability());
        }
        assertEquals(local.result().k(), spark.result().k(), "k");
        assertEquals(local.result().silhouette(), spark.result().silhouette(), 0.01, "silhouette of the chosen k");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).k(), b.get(i).k());
            assertEquals(a.get(i).silhouette(), b.get(i).silhouette(), 0.01, "silhouette at k = " + a.get(i).k());
        }
        assertEquals(local.segments().size(), spark.segments().size());
        assertTrue(spark.result().notes().stream().anyMatch(n -> n.contains("MLlib")), "the notes say which engine ran");
        assertTrue(spark.result().notes().stream().anyMatch(n -> n.contains("best of " + SPARK_RUNS + " seeded runs")),
                "the notes say how many restarts ran");
    }
}
