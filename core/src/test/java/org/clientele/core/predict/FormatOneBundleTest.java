package org.clientele.core.predict;

import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.clientele.core.analysis.CustomerTables;
import org.clientele.core.analysis.PredictionRun;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved models stay readable across versions: bundles written by the format-1 code (test resources
 * {@code format1/}: a linear formula, a Tribuo LASSO and a Tribuo logistic segment classifier, trained on
 * {@code format1/customers.csv}) load and give the predictions that code wrote then.
 */
class FormatOneBundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"linear", "lasso", "classifier"})
    void aFormatOneBundleLoadsAndPredictsAsWhenItWasSaved(String name) throws Exception {
        Path dir = resource("format1/" + name);
        ModelBundle bundle = ModelBundle.load(dir);
        assertEquals(List.of("age", "income", "visits"), bundle.features());
        assertNotNull(bundle.report().provenance(), "models.json provenance is still read");
        Path customers = resource("format1/customers.csv");
        Table table = CustomerTables.load(customers, ReadOptions.DEFAULT, Progress.NONE);
        PredictionRun.Predictions p = PredictionRun.score(customers, table, bundle, false);
        List<CSVRecord> expected = read(dir.resolve("expected_predictions.csv"));
        assertEquals(expected.size(), p.rowCount());
        for (int i = 0; i < expected.size(); i++) {
            CSVRecord e = expected.get(i);
            assertEquals(e.get("customer_id"), p.rowIds().get(i));
            if (name.equals("classifier")) {
                assertEquals("classification", bundle.task());
                assertEquals(e.get("segment"), p.segments().get(i));
                assertEquals(e.get("segment_name"), p.segmentNames().get(i));
                assertEquals(Double.parseDouble(e.get("confidence")), p.confidence()[i], 1e-7);
                assertEquals(Boolean.parseBoolean(e.get("out_of_distribution")), p.outOfDistribution()[i]);
            } else {
                assertEquals("regression", bundle.task());
                double want = Double.parseDouble(e.get("prediction"));
                assertEquals(want, p.predictions()[i], 1e-7 * Math.abs(want) + 1e-9, e.get("customer_id"));
            }
        }
        assertTrue(bundle.modelName().equals(name.equals("classifier") ? "logistic" : name));
        assertFalse(p.rowIds().isEmpty());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FormatOneBundleTest.class.getResource(name).toURI());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }
}
