package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code segment --embedding autoencoder[:DIMS]}: clusters on the bottleneck and reports reconstruction error. */
class SegmentEmbeddingCliTest {

    @TempDir
    Path dir;

    /** Three groups of 60 customers in five columns, plus two customers unlike anybody. */
    private Path table() throws Exception {
        Random random = new Random(5);
        double[][] centres = {{20, 300, 2, 40, 5}, {60, 1500, 9, 30, 1}, {35, 700, 5, 60, 9}};
        StringBuilder s = new StringBuilder("customer,age,spend,visits,tenure,complaints\n");
        for (int i = 0; i < 180; i++) {
            double[] c = centres[i % 3];
            s.append(String.format(Locale.ROOT, "C%d,%.1f,%.1f,%.1f,%.1f,%.1f%n", i, c[0] + 3 * random.nextGaussian(),
                    c[1] + 60 * random.nextGaussian(), c[2] + random.nextGaussian(), c[3] + 4 * random.nextGaussian(),
                    c[4] + random.nextGaussian()));
        }
        s.append("X1,90,100,20,5,15\nX2,15,3000,0,90,0\n");
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, s.toString());
        return file;
    }

    @Test
    void clustersOnTheBottleneckAndWritesReconstructionErrorAndAnomalies() throws Exception {
        Path out = dir.resolve("ae");
        CliRun run = Cli.run("segment", table().toString(), "--out", out.toString(), "--k", "3", "--bootstrap", "0",
                "--embedding", "autoencoder:2");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode e = Json.mapper().readTree(out.resolve("segments.json").toFile()).get("embedding");
        assertEquals("autoencoder", e.get("method").asText());
        assertEquals(2, e.get("dimensions").asInt());
        assertTrue(e.get("reconstructionR2").asDouble() > 0.5, e.toString());
        assertTrue(e.get("pcaReconstructionError").asDouble() > 0, e.toString());
        assertEquals(99.0, e.get("anomalyPercentile").asDouble());
        assertTrue(run.out().contains("autoencoder bottleneck"), run.out());

        List<String> lines = Files.readAllLines(out.resolve("assignments.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertTrue(header.containsAll(List.of("ae1", "ae2", "reconstructionError", "anomaly")), header.toString());
        int anomaly = header.indexOf("anomaly");
        int segment = header.indexOf("segment");
        int[] sizes = new int[3];
        int flagged = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (line.startsWith("X")) {
                assertEquals("true", f[anomaly], "a customer unlike anybody: " + line);
            }
            flagged += f[anomaly].equals("true") ? 1 : 0;
            sizes[Integer.parseInt(f[segment])]++;
        }
        assertEquals(e.get("anomalies").asInt(), flagged);
        for (int size : sizes) {
            assertTrue(size >= 55 && size <= 65, "the three groups are found on two learned coordinates: "
                    + Arrays.toString(sizes));
        }
    }

    @Test
    void theDefaultSaysItClusteredTheStandardizedFeatures() throws Exception {
        Path out = dir.resolve("plain");
        CliRun run = Cli.run("segment", table().toString(), "--out", out.toString(), "--k", "3", "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode e = Json.mapper().readTree(out.resolve("segments.json").toFile()).get("embedding");
        assertEquals("standardized", e.get("method").asText());
        assertEquals(5, e.get("dimensions").asInt());
        assertTrue(Files.readAllLines(out.resolve("assignments.csv")).get(0).indexOf("anomaly") < 0);
    }

    @Test
    void badEmbeddingsAreUsageOrInputErrors() throws Exception {
        Path file = table();
        assertEquals(ExitCodes.USAGE, Cli.run("segment", file.toString(), "--out", dir.resolve("a").toString(),
                "--embedding", "tsne").exitCode());
        assertEquals(ExitCodes.USAGE, Cli.run("segment", file.toString(), "--out", dir.resolve("b").toString(),
                "--embedding", "autoencoder:9").exitCode());
        CliRun wide = Cli.run("segment", file.toString(), "--out", dir.resolve("c").toString(), "--k", "3",
                "--embedding", "autoencoder:5");
        assertEquals(ExitCodes.BAD_INPUT, wide.exitCode(), wide.err());
        assertTrue(wide.err().contains("do not compress 5 features"), wide.err());
    }
}
