package org.clientele.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.SparkSession;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.eda.CategoryRules;
import org.clientele.core.eda.CategoryShares;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.eda.TransactionEda;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.clientele.core.testing.JsonClose;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTableBuilder;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * eda on Spark (local[2]) against the in-process eda of the same log: counts, orders, products, countries, months
 * and cohorts identical, floating-point sums within 1e-9 relative (they are added in another order). The bundled
 * sample and Online Retail are compared in {@link SparkEngineTest} (one pass gives the customers and the analysis).
 */
class SparkEdaTest {

    @org.junit.jupiter.api.AfterAll
    static void printCost() {
        SharedSpark.printCost("SparkEdaTest");
    }


    /** The sample's first 30,000 lines, uncompressed (a gzip file is read as one partition). */
    private static Path firstLines(Path dir) throws Exception {
        Path file = dir.resolve("sample.csv");
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SampleDatasets.extract(SampleDatasets.defaultDataset().name()))),
                java.nio.charset.StandardCharsets.UTF_8)).lines()) {
            Files.write(file, (Iterable<String>) lines.limit(30_001)::iterator);
        }
        return file;
    }

    @Test
    void aParquetLogGivesTheCustomersAndAnalysisOfItsCsv(@TempDir Path dir) throws Exception {
        Path csv = firstLines(dir);
        Path parquet = dir.resolve("log.parquet");
        SharedSpark.engine().session().read().option("header", "true").csv(csv.toString()).coalesce(1).write()
                .parquet(parquet.toString());
        SharedSpark.Pair<SparkEngineTest.Analysed, SparkEngineTest.Analysed> both = SharedSpark.sideBySide(
                () -> SparkEngineTest.inProcess(csv), () -> SparkEngineTest.onSpark(parquet.toString()));
        SparkEngineTest.Analysed local = both.local();
        // the same analysis but for the file's name
        SparkEngineTest.Analysed named = new SparkEngineTest.Analysed(local.customers(), rename(local.eda(), "log.parquet"));
        SparkEngineTest.sameCustomers(named, both.spark());
    }

    @Test
    void aLogReadInManyPartitionsMergesIntoTheSameAnalysis(@TempDir Path dir) throws Exception {
        Path file = firstLines(dir);
        // a session of its own (same Spark context): its small splits do not reach the classes running beside it
        SparkSession spark = SharedSpark.engine().session().newSession();
        spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(Files.size(file) / (SparkEda.FAN_IN + 2)));
        spark.conf().set("spark.sql.files.openCostInBytes", "0");
        int partitions = LogInput.open(spark, file.toString(), ReadOptions.DEFAULT).rows.rdd().getNumPartitions();
        assertTrue(partitions > SparkEda.FAN_IN, "partitions: " + partitions + ", merged on executors first");
        // (the default rules on one partition: SparkEngineTest.bundledSampleMatchesTheInProcessEngine)
        // dropped duplicates are the later copies, as in-process: which copy stays decides where an order counts
        CleaningRules rules = CleaningRules.DEFAULT.withDropDuplicates(true);
        SharedSpark.Pair<EdaResult, EdaResult> both = SharedSpark.sideBySide(
                () -> TransactionEda.run(file, ReadOptions.DEFAULT, rules, Progress.NONE),
                () -> SparkEda.run(LogInput.open(spark, file.toString(), ReadOptions.DEFAULT), rules,
                        CategoryRules.defaults(), TransactionEda.DEFAULT_SEED, Progress.NONE).result());
        sameAnalysis(both.local(), both.spark());
        assertTrue(both.spark().dataQuality().duplicateRows() > 0, "the log has duplicates");
    }

    @Test
    void aCustomerTableIsRefusedAsInProcess(@TempDir Path dir) {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path customers = dir.resolve("customers.csv");
        new CustomerTableBuilder().build(log, Progress.NONE).writeCsv(customers);
        DataFileException local = assertThrows(DataFileException.class, () -> TransactionEda.run(customers,
                ReadOptions.DEFAULT, CleaningRules.DEFAULT, Progress.NONE));
        DataFileException spark = assertThrows(DataFileException.class, () -> SharedSpark.engine().eda(
                customers.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null, 42, Progress.NONE));
        assertEquals(local.getMessage(), spark.getMessage());
    }

    private static EdaResult rename(EdaResult r, String file) {
        return new EdaResult(file, r.overview(), r.salesOverTime(), r.seasonality(), r.countries(),
                r.valueConcentration(), r.rfm(), r.products(), r.cohorts(), r.segmentEvolution(), r.dataQuality(),
                r.customerCategoryShares());
    }

    static void sameAnalysis(EdaResult local, EdaResult spark) {
        JsonNode a = Json.mapper().valueToTree(local);
        JsonNode b = Json.mapper().valueToTree(spark);
        // Spark sums a customer's spend in another order than the in-process scan (the last bit of 721 of the
        // sample's 1,082 customers differs); the analysis ranks spend in whole cents, so every figure agrees to 1e-9.
        assertEquals(List.of(), JsonClose.differences(a, b, 1e-9, 10));
        // the parts that must agree exactly, named so that a failure says which
        assertEquals(local.overview().orders(), spark.overview().orders());
        assertEquals(local.overview().lineItems(), spark.overview().lineItems());
        assertArrayEquals(local.salesOverTime().monthly().labels(), spark.salesOverTime().monthly().labels());
        assertArrayEquals(local.salesOverTime().monthly().orders(), spark.salesOverTime().monthly().orders());
        assertEquals(local.countries().all().stream().map(c -> c.country() + c.orders() + "/" + c.customers()).toList(),
                spark.countries().all().stream().map(c -> c.country() + c.orders() + "/" + c.customers()).toList());
        assertEquals(local.products().topByRevenue().stream().map(p -> p.product() + p.orders()).toList(),
                spark.products().topByRevenue().stream().map(p -> p.product() + p.orders()).toList());
        assertArrayEquals(local.cohorts().sizes(), spark.cohorts().sizes());
        CategoryShares x = local.customerCategoryShares();
        CategoryShares y = spark.customerCategoryShares();
        assertEquals(x.categories(), y.categories());
        assertEquals(x.shares().keySet(), y.shares().keySet());
        for (Map.Entry<String, double[]> e : x.shares().entrySet()) {
            assertArrayEquals(e.getValue(), y.shares().get(e.getKey()), 1e-9, e.getKey());
        }
    }
}
