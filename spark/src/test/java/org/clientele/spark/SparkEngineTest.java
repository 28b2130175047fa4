package org.clientele.spark;

import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.ReadOptions;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.PredictionRun;
import org.clientele.core.analysis.ScaleOutEngine;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.analysis.TrainingRun;
import org.clientele.core.data.Table;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.predict.RegressionOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark engine on local[2] against the in-process engine on the same files: the same cleaning report and
 * customer table, and the same k with silhouettes within 0.01 (RFM features, the README's example).
 */
class SparkEngineTest {

    private static SparkEngine engine;

    @BeforeAll
    static void start() {
        engine = SharedSpark.engine();
    }

    @Test
    void bundledSampleMatchesTheInProcessEngine() {
        Path file = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        CustomerTable spark = sameCustomers(file);
        assertEquals(1_082, spark.customers().size());
        sameSegments(file, spark);
    }

    @Test
    void parquetLogGivesTheSameCustomersAsItsCsv(@TempDir Path dir) {
        Path file = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path parquet = dir.resolve("log.parquet");
        engine.session().read().option("header", "true").csv(file.toString()).write().parquet(parquet.toString());
        CustomerTable fromCsv = engine.customers(file.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null,
                Progress.NONE);
        CustomerTable fromParquet = engine.customers(parquet.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT,
                null, Progress.NONE);
        assertEquals(fromCsv.report().removed(), fromParquet.report().removed());
        assertEquals(fromCsv.report().revenue(), fromParquet.report().revenue(), 1e-9);
        assertEquals(fromCsv.customers().size(), fromParquet.customers().size());
        for (int i = 0; i < fromCsv.customers().size(); i++) {
            assertArrayEquals(fromCsv.customers().get(i).numericValues(), fromParquet.customers().get(i).numericValues(),
                    1e-6);
        }
    }

    @Test
    void fullOnlineRetailMatchesTheInProcessEngineAndThePublishedFigures() {
        Path file = shared("online_retail.csv.gz");
        CustomerTable spark = sameCustomers(file);
        CleaningReport r = spark.report();
        assertEquals(541_909, r.rowsRead());
        assertEquals(397_884, r.rowsKept());
        assertEquals(4_338, r.customers());
        assertEquals(8_911_407.90, r.revenue(), 0.005);
        sameSegments(file, spark);
    }

    @Test
    void predictOnSparkWritesWhatInProcessScoringWrites(@TempDir Path dir) throws Exception {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
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
        ScaleOutEngine.Scored scored = engine.score(model, customers.toString(), ReadOptions.DEFAULT, false, spark,
                Progress.NONE);
        assertEquals(table.rowCount(), scored.rows());
        assertEquals(Files.readString(local), Files.readString(spark));
    }

    private static CustomerTable sameCustomers(Path file) {
        CustomerTable local = new CustomerTableBuilder().build(file, Progress.NONE);
        CustomerTable spark = engine.customers(file.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null,
                Progress.NONE);
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
        return spark;
    }

    private static void sameSegments(Path file, CustomerTable customers) {
        SegmentOptions options = SegmentOptions.builder()
                .features(List.of("recency_days", "frequency", "monetary")).build();
        SegmentationReport local = SegmentationRun.run(file, customers.toTable(), options, RfmRuleTable.defaults(),
                ColumnVocabulary.defaults(), SegmentationRun.IN_PROCESS, Progress.NONE);
        SegmentationReport spark = SegmentationRun.run(file, customers.toTable(), options, RfmRuleTable.defaults(),
                ColumnVocabulary.defaults(), engine.clustering(), Progress.NONE);
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
    }

    /** ../shared/data beside the repository (walking up from the working directory); the test skips without it. */
    private static Path shared(String name) {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Assumptions.assumeTrue(false, "shared/data/" + name + " not found beside the repository; skipping");
        return null;
    }
}
