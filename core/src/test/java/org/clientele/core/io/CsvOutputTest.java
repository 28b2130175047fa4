package org.clientele.core.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.data.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvOutputTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1)", "+99", "-cmd",
            "\tx", "\rx", "-12.5", "+44 20 7946", "'=already", "''@twice", "plain", "", "1e-7", "-3E+5");
    static final List<String> WRITTEN = List.of("'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(A1)", "'+99",
            "'-cmd", "'\tx", "'\rx", "-12.5", "'+44 20 7946", "''=already", "'''@twice", "plain", "", "1e-7", "-3E+5");

    @Test
    void everyCellThatStartsAFormulaGetsAQuoteUnlessItIsAPlainNumber() {
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(WRITTEN.get(i), SpreadsheetCells.neutralise(HOSTILE.get(i)), HOSTILE.get(i));
            assertEquals(HOSTILE.get(i), SpreadsheetCells.original(WRITTEN.get(i)), "reading restores " + WRITTEN.get(i));
        }
        assertEquals("'quoted", SpreadsheetCells.original("'quoted"), "a quote before ordinary text is the text");
    }

    @Test
    void theWriterNeutralisesHeaderAndCellsWithOneLineEnding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        CsvOutput.write(file, List.of("id", "=bad header"), printer -> {
            for (String cell : HOSTILE) {
                printer.row(cell, -1.5);
            }
            printer.row(null, 7);
        });
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.replace("\rx", "").contains("\r"), "LF line ends only; the only CR is inside the quoted cell");
        assertTrue(text.startsWith("id,'=bad header\n"), text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            records = parser.getRecords();
        }
        assertEquals(HOSTILE.size() + 2, records.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(WRITTEN.get(i), records.get(i + 1).get(0));
            assertEquals("-1.5", records.get(i + 1).get(1), "a negative number is written as it is");
        }
        assertEquals("", records.get(HOSTILE.size() + 1).get(0));
    }

    @Test
    void textAndFileAreTheSame(@TempDir Path dir) throws IOException {
        CsvOutput.Rows rows = p -> p.row(List.of("a,b", "-x"));
        Path file = dir.resolve("t.csv");
        CsvOutput.write(file, List.of("h"), rows);
        assertEquals("h\n\"a,b\",'-x\n", CsvOutput.toText(List.of("h"), rows));
        assertEquals(CsvOutput.toText(List.of("h"), rows), Files.readString(file));
    }

    @Test
    void theTableReaderReadsTheOriginalValuesBack(@TempDir Path dir) {
        Path file = dir.resolve("ids.csv");
        List<String> ids = HOSTILE.stream().filter(s -> !s.isBlank() && s.strip().equals(s)).toList();
        CsvOutput.write(file, List.of("=id", "n"), printer -> {
            for (String id : ids) {
                printer.row(id, 1);
            }
        });
        try (CsvRows rows = CsvRows.open(file)) {
            assertEquals(List.of("=id", "n"), rows.header());
            for (String id : ids) {
                assertEquals(id, rows.next()[0]);
            }
        }
    }
}
