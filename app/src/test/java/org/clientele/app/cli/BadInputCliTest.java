package org.clientele.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract's error behaviour: one {@code error:} line naming the file, the right exit code, no output. */
class BadInputCliTest {

    @TempDir
    Path dir;

    private static void assertOneErrorLine(CliRun run, int code, String... mentions) {
        assertEquals(code, run.exitCode(), run.err());
        String err = run.err().strip();
        assertTrue(err.startsWith("error: "), err);
        assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
        for (String m : mentions) {
            assertTrue(err.contains(m), "'" + m + "' missing from: " + err);
        }
    }

    @Test
    void missingFileIsBadInput() {
        Path out = dir.resolve("c.csv");
        assertOneErrorLine(Cli.run("rfm", dir.resolve("nope.csv").toString(), "--out", out.toString()), 3, "nope.csv");
        assertFalse(Files.exists(out));
    }

    @Test
    void raggedRowNamesTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("ragged.csv"), "id,age,spend\n1,30,10\n2,40\n3,50,30\n");
        assertOneErrorLine(Cli.run("profile", file.toString()), 3, "ragged.csv", "line 3");
    }

    @Test
    void namedColumnThatDoesNotExistIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"),
                "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n1,7,2011-01-02 10:00:00,2,3.5\n");
        Path out = dir.resolve("c.csv");
        assertOneErrorLine(Cli.run("rfm", file.toString(), "--out", out.toString(), "--price", "Cost"), 3, "Cost");
        assertFalse(Files.exists(out));
    }

    @Test
    void nonNumericValueInANamedNumericColumnNamesLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"),
                "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice,Country\n"
                        + "1,7,2011-01-02 10:00:00,2,3.5,France\n2,8,2011-01-03 10:00:00,1,4.0,Spain\n");
        assertOneErrorLine(Cli.run("rfm", file.toString(), "--out", dir.resolve("c.csv").toString(),
                "--price", "Country"), 3, "Country", "line 2");
    }

    @Test
    void existingOutputIsNotOverwrittenWithoutForce() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"),
                "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n1,7,2011-01-02 10:00:00,2,3.5\n");
        Path out = Files.writeString(dir.resolve("c.csv"), "precious");
        assertOneErrorLine(Cli.run("rfm", file.toString(), "--out", out.toString()), 2, "--force");
        assertEquals("precious", Files.readString(out));
        assertEquals(0, Cli.run("rfm", file.toString(), "--out", out.toString(), "--force").exitCode());
        assertTrue(Files.readString(out).startsWith("customer_id,"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertOneErrorLine(Cli.run("profile", "x.csv", "--colour", "red"), 2, "--colour");
    }

    @Test
    void binaryFileIsBadInput() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        Path file = Files.write(dir.resolve("image.csv"), bytes);
        assertOneErrorLine(Cli.run("profile", file.toString()), 3, "image.csv");
    }
}
