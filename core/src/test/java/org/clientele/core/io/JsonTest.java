package org.clientele.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {

    record Sample(String customerId, double score, Double missing, LocalDate asOf, List<Double> values) { }

    @Test
    void writesCamelCaseAndNullForNonFiniteNumbers() throws Exception {
        String json = Json.write(new Sample("c1", Double.NaN, null, LocalDate.of(2011, 12, 10),
                List.of(1.5, Double.POSITIVE_INFINITY)));
        var tree = Json.mapper().readTree(json);
        assertEquals("c1", tree.get("customerId").asText());
        assertTrue(tree.get("score").isNull());
        assertTrue(tree.get("missing").isNull());
        assertEquals("2011-12-10", tree.get("asOf").asText());
        assertEquals(1.5, tree.get("values").get(0).asDouble());
        assertTrue(tree.get("values").get(1).isNull());
    }

    record Arrays(double[] row, double[][] matrix) { }

    @Test
    void primitiveArraysWriteNullForNonFiniteNumbers() throws Exception {
        var tree = Json.mapper().readTree(Json.write(new Arrays(new double[] {Double.NaN, 2},
                new double[][] {{Double.NEGATIVE_INFINITY, 0.5}})));
        assertTrue(tree.get("row").get(0).isNull());
        assertEquals(2.0, tree.get("row").get(1).asDouble());
        assertTrue(tree.get("matrix").get(0).get(0).isNull());
        assertEquals(0.5, tree.get("matrix").get(0).get(1).asDouble());
    }

    @Test
    void atomicWriteLeavesNoPartialFileOnFailure(@TempDir Path dir) {
        Path target = dir.resolve("out.json");
        assertThrows(UncheckedIOException.class, () -> OutputFiles.writeAtomically(target, out -> {
            out.write("{\"half\":".getBytes());
            throw new java.io.IOException("disk full");
        }));
        assertFalse(Files.exists(target));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void refusesToOverwriteWithoutForce(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("x.csv"), "old");
        assertThrows(UncheckedIOException.class, () -> OutputFiles.checkWritable(target, false));
        OutputFiles.checkWritable(target, true);
        assertEquals("old", Files.readString(target));
    }
}
