package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files a hostile user might give: each must end in the contract's one {@code error:} line naming the file and
 * what to do (with the flag that does it), the right exit code, and nothing written; never exit 1.
 */
class HostileInputCliTest {

    private static final String LOG_HEADER = "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n";

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
        assertFalse(err.contains("java."), "no Java class names: " + err);
    }

    private Path customers(String name, int rows, int columns, long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("id");
        for (int c = 0; c < columns; c++) {
            sb.append(",c").append(c);
        }
        sb.append('\n');
        for (int r = 0; r < rows; r++) {
            sb.append(r);
            for (int c = 0; c < columns; c++) {
                sb.append(',').append(Math.round(random.nextGaussian() * 1000) / 1000.0);
            }
            sb.append('\n');
        }
        return Files.writeString(dir.resolve(name), sb.toString());
    }

    private Path log(String name, String prefix, String extraRows) throws Exception {
        StringBuilder sb = new StringBuilder(LOG_HEADER);
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            sb.append(prefix).append(500 + i).append(',').append(1 + random.nextInt(40)).append(",2023-")
                    .append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append(',')
                    .append(1 + random.nextInt(5)).append(',').append(1 + random.nextInt(20)).append(".5\n");
        }
        return Files.writeString(dir.resolve(name), sb + extraRows);
    }

    @Test
    void tooFewCustomersForTheSegmentsAsked() throws Exception {
        Path two = customers("two.csv", 2, 2, 1);
        Path out = dir.resolve("seg");
        assertOneErrorLine(Cli.run("segment", two.toString(), "--k", "5", "--out", out.toString()), 3, "two.csv",
                "at least 3");
        Path many = customers("many.csv", 40, 2, 2);
        assertOneErrorLine(Cli.run("segment", many.toString(), "--k", "40", "--out", out.toString()), 3, "many.csv",
                "--k");
        assertOneErrorLine(Cli.run("report", two.toString(), "--out", out.toString()), 3, "two.csv");
        assertFalse(Files.exists(out));
    }

    @Test
    void identicalCustomersAreBadInputNamingTheFeatures() throws Exception {
        Path same = Files.writeString(dir.resolve("same.csv"), "id,a,b\n" + "1,3,4\n".repeat(1) + "2,3,4\n3,3,4\n4,3,4\n");
        Path out = dir.resolve("seg");
        assertOneErrorLine(Cli.run("segment", same.toString(), "--out", out.toString()), 3, "same.csv", "constant",
                "--features");
        assertFalse(Files.exists(out));
    }

    @Test
    void aWideTableIsRefusedWithAdviceAndAModeratelyWideOneSegments() throws Exception {
        Path wide = customers("wide.csv", 30, 250, 4);
        Path out = dir.resolve("seg");
        assertOneErrorLine(Cli.run("segment", wide.toString(), "--out", out.toString()), 3, "wide.csv", "250",
                "--features");
        assertFalse(Files.exists(out));
        // More columns than rows: the PCA map comes from an SVD of the data instead of failing to converge.
        Path wider = customers("wider.csv", 20, 60, 5);
        CliRun ok = Cli.run("segment", wider.toString(), "--out", out.toString(), "--bootstrap", "0", "--k-max", "4");
        assertEquals(0, ok.exitCode(), ok.toString());
        assertTrue(Files.exists(out.resolve("assignments.csv")));
    }

    @Test
    void anAllCancelledLogIsBadInputForEveryCommand() throws Exception {
        Path cancelled = log("cancelled.csv", "C", "");
        Path out = dir.resolve("c.csv");
        assertOneErrorLine(Cli.run("rfm", cancelled.toString(), "--out", out.toString()), 3, "cancelled.csv",
                "cancelled 200", "--keep-cancelled");
        assertOneErrorLine(Cli.run("clv", cancelled.toString(), "--out", dir.resolve("clv").toString()), 3,
                "cancelled.csv");
        assertOneErrorLine(Cli.run("segment", cancelled.toString(), "--out", dir.resolve("seg").toString()), 3,
                "cancelled.csv");
        assertFalse(Files.exists(out));
    }

    @Test
    void datesAfterTodayAndPlaceholderYearsAreDroppedWithACount() throws Exception {
        Path typo = log("typo.csv", "", "9999,7,2999-01-01,1,5.0\n9998,8,0001-01-01,1,5.0\n");
        Path out = dir.resolve("c.csv");
        Path report = dir.resolve("cleaning.json");
        CliRun run = Cli.run("rfm", typo.toString(), "--out", out.toString(), "--report", report.toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode cleaning = new ObjectMapper().readTree(report.toFile());
        assertEquals(1, cleaning.get("removed").get("futureDate").asInt());
        assertEquals(1, cleaning.get("removed").get("earlyDate").asInt());
        assertTrue(cleaning.get("asOf").asText().startsWith("202"), cleaning.toString());
        assertTrue(run.out().contains("as of " + cleaning.get("asOf").asText()), run.out());
    }

    @Test
    void trainingOptionsThatDoNotFitTheFileNameTheOption() throws Exception {
        Path table = customers("t.csv", 60, 3, 6);
        Path out = dir.resolve("model");
        assertOneErrorLine(Cli.run("train", table.toString(), "--target", "c0", "--folds", "1000", "--out",
                out.toString()), 3, "t.csv", "--folds");
        assertOneErrorLine(Cli.run("train", table.toString(), "--target", "zz", "--out", out.toString()), 3,
                "t.csv", "zz", "--target");
        assertOneErrorLine(Cli.run("segment", table.toString(), "--features", "zz", "--out", out.toString()), 3,
                "t.csv", "zz", "--features");
        assertFalse(Files.exists(out));
    }

    @Test
    void outputsInTheWayAreUsageErrorsThatForceWouldNotFix() throws Exception {
        Path table = customers("t.csv", 30, 2, 7);
        Path log = log("log.csv", "", "");
        assertOneErrorLine(Cli.run("segment", table.toString(), "--out", table.toString(), "--force"), 2,
                "is a file");
        assertOneErrorLine(Cli.run("rfm", log.toString(), "--out", dir.toString(), "--force"), 2, "is a folder");
        Path existing = Files.writeString(dir.resolve("exists.csv"), "x\n");
        CliRun clash = Cli.run("rfm", log.toString(), "--out", dir.resolve("new.csv").toString(), "--report",
                existing.toString());
        assertOneErrorLine(clash, 2, "exists.csv", "--force");
        assertFalse(clash.err().contains("--out"), clash.err());
        assertOneErrorLine(Cli.run("profile", table.toString(), "--out", ""), 2, "empty");
    }

    @Test
    void badDateOptionsAndBlankFilesSayWhatIsWrong() throws Exception {
        Path log = log("log.csv", "", "");
        assertOneErrorLine(Cli.run("rfm", log.toString(), "--out", dir.resolve("c.csv").toString(), "--as-of",
                "2023-13-45"), 2, "--as-of", "year-month-day");
        Path blank = Files.writeString(dir.resolve("blank.csv"), "   \n  \n");
        assertOneErrorLine(Cli.run("profile", blank.toString()), 3, "blank.csv", "empty");
    }

    @Test
    void aCorruptModelNamesTheBundleFileInOneLine() throws Exception {
        Path model = Files.createDirectories(dir.resolve("model"));
        Files.writeString(model.resolve("bundle.json"), "{\"features\": [");
        Path table = customers("t.csv", 10, 2, 8);
        Path out = dir.resolve("p.csv");
        assertOneErrorLine(Cli.run("predict", model.toString(), table.toString(), "--out", out.toString()), 3,
                "bundle.json", "Train the model again");
        assertOneErrorLine(Cli.run("predict", dir.resolve("none").toString(), table.toString(), "--out",
                out.toString()), 3, "no bundle.json");
        assertFalse(Files.exists(out));
    }

    @Test
    void clvOnOneCustomerExplainsInsteadOfFailingInTheMath() throws Exception {
        Path one = Files.writeString(dir.resolve("one.csv"), LOG_HEADER
                + "1,7,2023-01-01,1,5\n2,7,2023-03-01,1,5\n3,7,2023-06-01,2,5\n");
        Path out = dir.resolve("clv");
        assertOneErrorLine(Cli.run("clv", one.toString(), "--out", out.toString()), 3, "one.csv", "1 customer",
                "more customers");
        Path once = Files.writeString(dir.resolve("once.csv"), LOG_HEADER + "1,7,2023-01-01,1,5\n2,8,2023-01-02,1,5\n");
        assertOneErrorLine(Cli.run("clv", once.toString(), "--out", out.toString()), 3, "once.csv", "repeat purchase");
        assertFalse(Files.exists(out));
    }

    @Test
    void clvFitsASmallGeneratedLogWhereBgNbdLandsOnAPlusBBelowOne() throws Exception {
        Path log = dir.resolve("gen.csv");
        assertEquals(0, Cli.run("generate", "transactions", "--rows", "300", "--out", log.toString()).exitCode());
        CliRun run = Cli.run("clv", log.toString(), "--out", dir.resolve("clv").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.exists(dir.resolve("clv/customers_clv.csv")));
    }
}
