package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code segment --vocabulary}: the user's words for their headers reach names, sentences and the revenue column. */
class SegmentVocabularyCliTest {

    @TempDir
    Path dir;

    /** A semicolon-separated table with German headers no built-in vocabulary knows. */
    private Path table() throws Exception {
        Random random = new Random(3);
        StringBuilder s = new StringBuilder("Kunde;Einkommen_EUR;Umsatz;Besuche\n");
        for (int i = 0; i < 150; i++) {
            int g = i % 3;
            s.append(String.format(Locale.ROOT, "K%d;%.0f;%.0f;%.0f%n", i,
                    new double[] {90_000, 30_000, 55_000}[g] + 4_000 * random.nextGaussian(),
                    Math.max(0, new double[] {2_500, 200, 800}[g] + 100 * random.nextGaussian()),
                    Math.max(0, new double[] {4, 5, 15}[g] + random.nextGaussian())));
        }
        Path file = dir.resolve("kunden.csv");
        Files.writeString(file, s.toString());
        return file;
    }

    @Test
    void theUsersVocabularyNamesColumnsAndTheRevenueColumn() throws Exception {
        Path words = dir.resolve("words.json");
        Files.writeString(words, """
                {"columns": [
                  {"pattern": "einkommen", "label": "income", "concept": "income"},
                  {"pattern": "umsatz", "label": "sales", "unit": "money", "symbol": "€", "role": "monetary"},
                  {"pattern": "besuche", "label": "store visits", "concept": "visits"}
                ]}
                """);
        Path out = dir.resolve("seg");
        CliRun run = Cli.run("segment", table().toString(), "--out", out.toString(), "--k", "3", "--bootstrap", "0",
                "--vocabulary", words.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(out.resolve("segments.json").toFile());
        assertEquals("Umsatz", doc.get("revenueColumn").asText());
        String all = doc.get("segments").toString();
        assertTrue(all.contains("Affluent big spenders"), all);
        assertTrue(all.contains("of revenue"), all);
        assertTrue(all.contains("€"), all);
        for (JsonNode segment : doc.get("segments")) {
            assertFalse(segment.get("description").asText().matches("(?i).*(einkommen|umsatz|besuche).*"),
                    segment.get("description").asText());
        }
    }

    @Test
    void withoutItNoColumnIsRevenueAndABrokenFileIsBadInput() throws Exception {
        Path out = dir.resolve("plain");
        CliRun run = Cli.run("segment", table().toString(), "--out", out.toString(), "--k", "3", "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.mapper().readTree(out.resolve("segments.json").toFile());
        assertTrue(doc.get("revenueColumn").isNull());
        for (JsonNode segment : doc.get("segments")) {
            assertTrue(segment.get("revenueShare").isNull());
            assertFalse(segment.get("description").asText().contains("revenue"), segment.get("description").asText());
        }

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"columns\": [{\"pattern\": \"(\"}]}");
        CliRun bad = Cli.run("segment", table().toString(), "--out", dir.resolve("b").toString(),
                "--vocabulary", broken.toString());
        assertEquals(3, bad.exitCode(), bad.err());
        assertTrue(bad.err().startsWith("error: broken.json: not a valid column vocabulary"), bad.err());
    }
}
