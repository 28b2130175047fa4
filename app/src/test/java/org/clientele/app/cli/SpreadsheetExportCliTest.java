package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files as spreadsheets export them, run as the README tells a user to: the figures are the ones a hand count
 * gives, and what cannot be read is one error line.
 */
class SpreadsheetExportCliTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A European Excel export: BOM, semicolons, decimal commas, ids saved as 17850,0, £ prices, CRLF, blank end. */
    private Path europeanLog() throws Exception {
        String rows = "\uFEFFInvoiceNo;StockCode;Quantity;InvoiceDate;UnitPrice;CustomerID;Country\r\n"
                + "536365;85123A;6;01.12.2010 08:26;£2,55;17850,0;United Kingdom\r\n"
                + "536365;71053;6;01.12.2010 08:26;£3,39;17850,0;United Kingdom\r\n"
                + "536366;22633;6;01.12.2010 08:28;£1,85;13047,0;United Kingdom\r\n"
                + "C536379;D;-1;01.12.2010 09:41;£27,50;13047,0;United Kingdom\r\n"
                + "536370;22728;24;13.12.2010 08:45;£3,75;12583,0;France\r\n"
                + "536371;22727;12;13.12.2010 09:00;£1.000,00;;France\r\n"
                + "\r\n";
        return Files.write(dir.resolve("export.csv"), rows.getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void aEuropeanExcelLogGivesTheHandCountedCustomersAndRevenue() throws Exception {
        Path out = dir.resolve("customers.csv");
        Path cleaning = dir.resolve("cleaning.json");
        CliRun run = Cli.run("rfm", europeanLog().toString(), "--out", out.toString(), "--report", cleaning.toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode c = JSON.readTree(cleaning.toFile());
        assertEquals(6, c.get("rowsRead").asLong());
        assertEquals(4, c.get("rowsKept").asLong());
        assertEquals(3, c.get("customers").asInt());
        // 6 × 2.55 + 6 × 3.39 + 6 × 1.85 + 24 × 3.75
        assertEquals(136.74, c.get("revenue").asDouble(), 1e-9);
        assertEquals("2010-12-14", c.get("asOf").asText());
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out).subList(1, 4)) {
            ids.add(line.substring(0, line.indexOf(',')));
        }
        assertEquals(List.of("12583", "13047", "17850"), ids);
    }

    private Path dayFirstLog() throws Exception {
        return Files.writeString(dir.resolve("uk.csv"), "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                + "1,2,01/12/2010 08:26,1.50,17850\n2,1,02/12/2010 09:00,4.00,12346\n3,3,03/12/2010 10:30,2.00,17850\n");
    }

    @Test
    void aGuessedDayMonthOrderIsSaidAndDateOrderSettlesIt() throws Exception {
        Path log = dayFirstLog();
        Path guessed = dir.resolve("guessed.json");
        CliRun run = Cli.run("rfm", log.toString(), "--out", dir.resolve("a.csv").toString(), "--report", guessed.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("warning: column 'InvoiceDate': no date has a day above 12")
                && run.err().contains("(--date-order dmy)"), run.toString());
        assertEquals("2010-03-13", JSON.readTree(guessed.toFile()).get("asOf").asText());
        assertEquals(1, JSON.readTree(guessed.toFile()).get("warnings").size());

        Path settled = dir.resolve("settled.json");
        CliRun dmy = Cli.run("rfm", log.toString(), "--out", dir.resolve("b.csv").toString(), "--report",
                settled.toString(), "--date-order", "dmy");
        assertEquals(0, dmy.exitCode(), dmy.toString());
        assertFalse(dmy.err().contains("warning"), dmy.toString());
        assertEquals("2010-12-04", JSON.readTree(settled.toFile()).get("asOf").asText());
        assertEquals(0, JSON.readTree(settled.toFile()).get("warnings").size());

        CliRun wrong = Cli.run("rfm", log.toString(), "--out", dir.resolve("c.csv").toString(), "--date-order", "ymd");
        assertEquals(ExitCodes.USAGE, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().startsWith("error: --date-order must be 'dmy'"), wrong.toString());
        assertFalse(Files.exists(dir.resolve("c.csv")));
    }

    /** Money as $1,234.50, discounts as 12 %, a row number, a survey answered by 5 % of customers. */
    private Path formattedCustomers() throws Exception {
        StringBuilder sb = new StringBuilder("Row,Customer,Spend,Orders,Discount,Survey\n");
        for (int i = 0; i < 60; i++) {
            boolean big = i % 3 == 0;
            double spend = big ? 2_000 + 37 * i : 40 + 3 * i;
            sb.append(i + 1).append(",C").append(100 + i).append(",\"$")
                    .append(String.format(Locale.US, "%,.2f", spend)).append("\",").append(big ? 20 + i % 7 : 1 + i % 3)
                    .append(',').append(big ? 5 + i % 4 : 25 + i % 6).append("%,")
                    .append(i % 20 == 0 ? String.valueOf(i % 10) : "").append('\n');
        }
        return Files.writeString(dir.resolve("formatted.csv"), sb.toString());
    }

    @Test
    void formattedNumbersAreFeaturesWhileRowNumbersAndMostlyEmptyColumnsAreNot() throws Exception {
        Path seg = dir.resolve("seg");
        CliRun run = Cli.run("segment", formattedCustomers().toString(), "--out", seg.toString(), "--k", "2",
                "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode s = JSON.readTree(seg.resolve("segments.json").toFile());
        List<String> features = new ArrayList<>();
        s.get("features").forEach(f -> features.add(f.asText()));
        assertEquals(List.of("Spend", "Orders", "Discount"), features);
        assertEquals("Spend", s.get("revenueColumn").asText());
        assertTrue(s.get("notes").toString().contains("column 'Survey' left out of the features: 95% of customers"),
                s.get("notes").toString());
        assertTrue(run.out().contains("Note: column 'Survey' left out of the features: 95% of customers"), run.out());
        String header = Files.readAllLines(seg.resolve("assignments.csv")).get(0);
        assertTrue(header.startsWith("Customer,segment,"), header);
        long bigSegmentSize = 0;
        for (JsonNode segment : s.get("segments")) {
            bigSegmentSize = Math.max(bigSegmentSize, segment.get("size").asLong());
        }
        assertEquals(40, bigSegmentSize, "the 40 small spenders are one segment, the 20 big ones the other");
    }

    @Test
    void aTotalsRowIsNotASegmentOfOne() throws Exception {
        StringBuilder sb = new StringBuilder(Files.readString(formattedCustomers()));
        sb.append("Total,,\"$45,210.00\",500,900%,\n\n");
        Path file = Files.writeString(dir.resolve("with-total.csv"), sb.toString());
        Path seg = dir.resolve("seg-total");
        CliRun run = Cli.run("segment", file.toString(), "--out", seg.toString(), "--k", "2", "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode s = JSON.readTree(seg.resolve("segments.json").toFile());
        assertEquals(60, s.get("customers").asInt());
        assertTrue(s.get("notes").toString().contains("the last row ('Total') is a totals row"), s.get("notes").toString());
        assertTrue(run.out().contains("Note: the last row ('Total') is a totals row"), run.out());
        assertEquals(61, Files.readAllLines(seg.resolve("assignments.csv")).size());
    }

    @Test
    void aWorkbookRenamedToCsvIsOneErrorLine() throws Exception {
        Path book = dir.resolve("book.csv");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(book))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        CliRun run = Cli.run("rfm", book.toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertEquals("error: book.csv: is an Excel workbook (.xlsx), not a CSV file. Open it in the spreadsheet and"
                + " save the sheet as CSV (UTF-8), then choose that file.", run.err().strip());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }
}
