package org.clientele.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.profile.ColumnVocabulary;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CustomerTableBuilder;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** segment --assignments-format parquet: Parquet written by Spark holds what assignments.csv holds, typed. */
class SparkAssignmentsTest {

    @org.junit.jupiter.api.AfterAll
    static void printCost() {
        SharedSpark.printCost("SparkAssignmentsTest");
    }


    @Test
    void parquetAssignmentsHoldTheCsvColumnsAndValues(@TempDir Path dir) throws Exception {
        Path log = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        SegmentOptions options = SegmentOptions.builder().features(List.of("recency_days", "frequency", "monetary"))
                .k(4).bootstrap(0).build();
        SegmentationReport report = SegmentationRun.run(log, new CustomerTableBuilder().build(log, Progress.NONE)
                .toTable(), options, RfmRuleTable.defaults(), ColumnVocabulary.defaults(), Progress.NONE);
        Path csv = dir.resolve("assignments.csv");
        Path parquet = dir.resolve("assignments.parquet");
        report.writeAssignments(csv);
        SharedSpark.engine().writeParquet(report.assignments(), parquet.toString());
        // written again over the first: --force replaces the folder
        SharedSpark.engine().writeParquet(report.assignments(), parquet.toString());

        Dataset<Row> back = SharedSpark.engine().session().read().parquet(parquet.toString());
        StructType schema = back.schema();
        List<CSVRecord> records;
        List<String> header;
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            header = p.getHeaderNames();
            records = p.getRecords();
        }
        assertEquals(header, Arrays.asList(schema.fieldNames()));
        assertTrue(header.containsAll(List.of("segment_name", "pc1", "r_score", "rfm_segment")), header.toString());
        assertEquals(DataTypes.IntegerType, schema.apply("segment").dataType());
        assertEquals(DataTypes.DoubleType, schema.apply("confidence").dataType());
        assertEquals(DataTypes.IntegerType, schema.apply("r_score").dataType());
        assertEquals(DataTypes.StringType, schema.apply("rfm_code").dataType());

        Map<String, Row> byId = new HashMap<>();
        for (Row r : back.collectAsList()) {
            byId.put(r.getString(0), r);
        }
        assertEquals(1_082, records.size());
        assertEquals(records.size(), byId.size());
        for (CSVRecord rec : records) {
            Row row = byId.get(rec.get(0));
            for (int c = 0; c < header.size(); c++) {
                String cell = rec.get(c);
                Object value = row.get(c);
                if (value == null) {
                    assertEquals("", cell, header.get(c) + " of " + rec.get(0));
                } else if (value instanceof Double d) {
                    assertEquals(Double.parseDouble(cell), d, 0, header.get(c) + " of " + rec.get(0));
                } else {
                    assertEquals(cell, value.toString(), header.get(c) + " of " + rec.get(0));
                }
            }
        }
    }
}
