package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clientele eda} run the way a user runs it, on the bundled sample. */
class EdaCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ClienteleCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesEdaJsonAndASummary() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path outDir = dir.resolve("eda");
        assertEquals(0, run("eda", sample.toString(), "--out", outDir.toString()), err.toString());
        String console = out.toString();
        assertTrue(console.contains("Period "), console);
        assertTrue(console.contains("Top country: United Kingdom"), console);
        assertTrue(console.contains("Gini"), console);
        assertTrue(console.contains("top 20% of customers"), console);
        assertEquals("", err.toString());

        String text = Files.readString(outDir.resolve("eda.json"));
        assertFalse(text.contains("NaN"));
        JsonNode root = Json.mapper().readTree(text);
        double revenue = root.path("overview").path("revenue").asDouble();
        assertEquals(root.path("dataQuality").path("revenue").asDouble(), revenue, 0.01);
        double monthly = 0;
        for (JsonNode v : root.path("salesOverTime").path("monthly").path("revenue")) {
            monthly += v.asDouble();
        }
        assertEquals(revenue, monthly, 1e-6 * revenue);
        assertTrue(root.path("valueConcentration").path("lorenzSpend").size() == 101);
        assertTrue(root.path("cohorts").path("retention").size() > 0);
        assertTrue(root.path("products").path("categories").size() > 1);
        assertTrue(root.path("rfm").path("correlations").path("spearman").isArray());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        Path outDir = Files.createDirectories(dir.resolve("eda"));
        Files.writeString(outDir.resolve("eda.json"), "{}");
        assertEquals(2, run("eda", sample.toString(), "--out", outDir.toString()));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertEquals("{}", Files.readString(outDir.resolve("eda.json")));
    }

    @Test
    void aCustomerTableIsBadInput() throws Exception {
        Path table = Files.writeString(dir.resolve("customers.csv"), "customer_id,age,income\n1,30,100\n2,40,200\n3,50,300\n");
        Path outDir = dir.resolve("eda");
        assertEquals(3, run("eda", table.toString(), "--out", outDir.toString()));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertFalse(Files.exists(outDir.resolve("eda.json")));
    }
}
