package org.clientele.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvenanceTest {

    @Test
    void recordsTheInputFileByContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "abc", StandardCharsets.UTF_8);
        InputFile in = InputFile.of(file);
        assertEquals("in.csv", in.name());
        assertEquals(3, in.size());
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", in.sha256());
    }

    @Test
    void writesOptionsAsTopLevelKeysBesideTheTypedOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "x\n1\n");
        Provenance p = Provenance.of(file, 7, 100).withSplit(80, 20).with("folds", 5).with("models", List.of("a"));
        JsonNode json = Json.mapper().valueToTree(p);
        assertEquals(7, json.get("seed").asLong());
        assertEquals(100, json.get("rows").asLong());
        assertEquals(20, json.get("testRows").asLong());
        assertEquals(5, json.get("folds").asInt());
        assertEquals("a", json.get("models").get(0).asText());
        assertEquals("in.csv", json.get("input").get("name").asText());
        assertFalse(json.has("options"), json.toString());
        assertTrue(json.get("java").asText().contains(System.getProperty("java.version")));
        assertTrue(json.get("libraries").has("tribuo"), json.toString());
        assertFalse(json.get("appVersion").asText().isBlank());

        Provenance back = Json.mapper().treeToValue(json, Provenance.class);
        assertEquals(p, back);
    }

    @Test
    void readsTheUntypedMapOfEarlierModelsJson() throws Exception {
        String old = "{\"seed\":42,\"created\":\"2026-11-30T10:00:00Z\",\"rows\":60,\"trainRows\":48,\"testRows\":12,"
                + "\"testFraction\":0.2,\"folds\":3,\"models\":[\"linear\",\"lasso\"],\"logTarget\":\"AUTO\"}";
        Provenance p = Json.mapper().readValue(old, Provenance.class);
        assertEquals(42L, p.seed());
        assertEquals(12L, p.testRows());
        assertEquals(3, ((Number) p.option("folds")).intValue());
        assertEquals("AUTO", p.option("logTarget"));
        assertNull(p.input());
        assertEquals(Json.mapper().readTree(old), Json.mapper().readTree(Json.mapper().writeValueAsString(p)),
                "written back with the same keys and values");
    }
}
