package org.clientele.spark;

import org.clientele.core.data.SharedData;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.transactions.CleaningReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The full UCI Online Retail log (../shared/data; skipped without it) on Spark against in-process and the
 * published figures: cleaning report, customer table, eda and segments. A class of its own so that it runs beside
 * the other Spark test classes.
 */
class SparkOnlineRetailTest {

    @AfterAll
    static void printCost() {
        SharedSpark.printCost("SparkOnlineRetailTest");
    }

    @Test
    void fullOnlineRetailMatchesTheInProcessEngineAndThePublishedFigures() {
        Path file = SharedData.file("online_retail.csv.gz");
        SharedSpark.Pair<SparkEngineTest.Analysed, SparkEngineTest.Analysed> both = SharedSpark.sideBySide(
                () -> SparkEngineTest.inProcess(file), () -> SparkEngineTest.onSpark(file.toString()));
        SparkEngineTest.Analysed spark = both.spark();
        SparkEngineTest.sameCustomers(both.local(), spark);
        CleaningReport r = spark.customers().report();
        assertEquals(541_909, r.rowsRead());
        assertEquals(397_884, r.rowsKept());
        assertEquals(4_338, r.customers());
        assertEquals(8_911_407.90, r.revenue(), 0.005);
        assertEquals(8_911_407.90, spark.eda().overview().revenue(), 0.01);
        assertEquals(4_338, spark.eda().overview().customers());
        // k 4..6, around the k = 5 both engines choose by elbow and gap over the default 3..8 (over 4..6 both choose
        // 4, by silhouette): each k costs Spark a few MLlib runs of many jobs each
        SparkEngineTest.sameSegments(file, spark.customers(), SegmentOptions.builder()
                .features(List.of("recency_days", "frequency", "monetary")).kRange(4, 6).build());
    }
}
