package org.clientele.core.data;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTableBuilder;
import org.clientele.core.transactions.TransactionReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every user mistake becomes one clear line naming file, line and column. */
class BadInputTest {

    @TempDir
    Path dir;

    private DataFileException tableError(Path p) {
        return assertThrows(DataFileException.class, () -> Table.read(p, ReadOptions.DEFAULT, Progress.NONE));
    }

    private static void oneLine(DataFileException e) {
        assertFalse(e.userMessage().contains("\n"), e.userMessage());
    }

    @Test
    void missingFile() {
        DataFileException e = tableError(dir.resolve("nope.csv"));
        assertTrue(e.userMessage().startsWith("nope.csv: no such file"), e.userMessage());
        oneLine(e);
    }

    @Test
    void emptyFileAndHeaderOnly() throws Exception {
        assertTrue(tableError(Files2.write(dir, "e.csv", "")).userMessage().contains("empty"));
        DataFileException e = tableError(Files2.write(dir, "h.csv", "id,x\n"));
        assertEquals("h.csv: has a header but no data rows. Add data rows below the header.", e.userMessage());
        assertThrows(DataFileException.class, () -> Profiler.profile(dir.resolve("h.csv"), null, Progress.NONE));
    }

    @Test
    void raggedRowSaysWhichLineAndHowManyFields() throws Exception {
        DataFileException e = tableError(Files2.write(dir, "r.csv", "a,b,c\n1,2,3\n\n4,5\n"));
        assertEquals(4, e.line());
        assertTrue(e.userMessage().startsWith("r.csv: line 4: has 2 fields but the header has 3"), e.userMessage());
        oneLine(e);
    }

    @Test
    void binaryFileIsRefusedEarly() throws Exception {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path p = Files.write(dir.resolve("img.csv"), bytes);
        assertTrue(tableError(p).userMessage().contains("binary"), tableError(p).userMessage());
        Path utf16 = Files.write(dir.resolve("u16.csv"), "id,x\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertTrue(tableError(utf16).userMessage().contains("UTF-16"), tableError(utf16).userMessage());
    }

    @Test
    void aWorkbookRenamedToCsvIsNamedAndTheFixIsToSaveAsCsv() throws Exception {
        Path xlsx = dir.resolve("book.csv");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        DataFileException e = tableError(xlsx);
        assertEquals("book.csv: is an Excel workbook (.xlsx), not a CSV file. Open it in the spreadsheet and save the"
                + " sheet as CSV (UTF-8), then choose that file.", e.userMessage());
        byte[] ole = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        Path xls = Files.write(dir.resolve("old.csv"), ole);
        assertTrue(tableError(xls).userMessage().startsWith("old.csv: is an Excel 97-2003 workbook (.xls)"),
                tableError(xls).userMessage());
    }

    @Test
    void unterminatedQuoteReportsTheLineWhereItOpened() throws Exception {
        DataFileException e = tableError(Files2.write(dir, "u.csv", "id,note\n1,ok\n2,\"never closed\n3,more\n4,rows\n"));
        assertEquals(3, e.line());
        assertTrue(e.userMessage().contains("never closed"), e.userMessage());
        oneLine(e);
    }

    @Test
    void namedColumnThatDoesNotExistListsTheColumns() throws Exception {
        Path p = Files2.write(dir, "t.csv", "cust,day,total\na,2011-01-01,3\n");
        ReadOptions o = new ReadOptions(null, null, new TransactionColumns("customer", null, null, null, null, null, null, null, null));
        DataFileException e = assertThrows(DataFileException.class, () -> new CustomerTableBuilder(o, null, null).build(p, Progress.NONE));
        // Core names the setting neutrally; the CLI adds the flag (BadInputCliTest), the workbench its control.
        assertEquals("t.csv: line 1: has no column 'customer', named as the customer column (the columns are cust, day, "
                + "total). Choose one of the file's columns.", e.userMessage());
        assertEquals(UserInputException.Reason.COLUMN_MISSING, e.reason());
        assertEquals(List.of(Setting.CUSTOMER_COLUMN), e.settings());
        assertTrue(e.message(s -> "--" + s.name()).endsWith("Choose one of the file's columns (--CUSTOMER_COLUMN)."),
                e.message(s -> "--" + s.name()));
        DataFileException id = assertThrows(DataFileException.class, () -> Table.read(p, new ReadOptions(null, "key", null), Progress.NONE));
        assertEquals(List.of(Setting.ID_COLUMN), id.settings());
        assertFalse(id.userMessage().contains("--"), id.userMessage());
    }

    @Test
    void requiredTransactionColumnMissing() throws Exception {
        Path p = Files2.write(dir, "t.csv", "customer_id,note\na,x\na,y\n");
        ReadOptions asLog = ReadOptions.DEFAULT.withKind(DataKind.TRANSACTIONS);
        DataFileException forced = assertThrows(DataFileException.class,
                () -> TransactionReader.forEachCleanItem(p, asLog, CleaningRules.DEFAULT, Progress.NONE, i -> { }));
        assertTrue(forced.userMessage().contains("no date column found (the columns are customer_id, note). Choose the date column."),
                forced.userMessage());
        assertEquals(UserInputException.Reason.ROLE_NOT_FOUND, forced.reason());
        assertEquals(List.of(Setting.DATE_COLUMN), forced.settings());
        DataFileException e = assertThrows(DataFileException.class,
                () -> TransactionReader.forEachCleanItem(p, ReadOptions.DEFAULT, CleaningRules.DEFAULT, Progress.NONE, i -> { }));
        assertTrue(e.userMessage().contains("customer table"), e.userMessage());
        Path customers = Files2.write(dir, "people.csv", "user_id,age,annual_income,region\n1,25,45000,North\n2,34,52000,South\n3,45,61000,West\n");
        DataFileException c = assertThrows(DataFileException.class, () -> new CustomerTableBuilder().build(customers, Progress.NONE));
        assertTrue(c.userMessage().startsWith("people.csv: looks like a customer table"), c.userMessage());
    }

    @Test
    void nonNumericValueInAColumnNamedAsNumeric() throws Exception {
        Path p = Files2.write(dir, "p.csv", "customer,date,qty,label\nc1,2011-01-01,2,1.5\nc1,2011-01-02,1,abc\n");
        ReadOptions o = new ReadOptions(DataKind.TRANSACTIONS, null,
                new TransactionColumns(null, null, null, "qty", "label", null, null, null, null));
        DataFileException e = assertThrows(DataFileException.class, () -> new CustomerTableBuilder(o, null, null).build(p, Progress.NONE));
        assertEquals("p.csv: line 3, column 'label': \"abc\" is not a number. Fix the value, or choose another column.",
                e.userMessage());
        assertEquals(List.of(Setting.PRICE_COLUMN), e.settings());
        assertEquals(UserInputException.Reason.BAD_VALUE, e.reason());
    }

    @Test
    void dateColumnThatHoldsNoDatesOrABadDate() throws Exception {
        StringBuilder sb = new StringBuilder("customer,label,when,amount\n");
        for (int i = 0; i < 30; i++) {
            sb.append("c").append(i % 3).append(",x,2011-01-").append(10 + i % 20).append(",2\n");
        }
        sb.append("c2,x,someday,1\n");
        Path p = Files2.write(dir, "d.csv", sb.toString());
        ReadOptions named = new ReadOptions(DataKind.TRANSACTIONS, null,
                new TransactionColumns(null, "label", null, null, null, null, null, null, null));
        DataFileException e = assertThrows(DataFileException.class, () -> new CustomerTableBuilder(named, null, null).build(p, Progress.NONE));
        assertTrue(e.userMessage().startsWith("d.csv: line 1, column 'label': does not hold dates"), e.userMessage());
        ReadOptions asLog = ReadOptions.DEFAULT.withKind(DataKind.TRANSACTIONS);
        DataFileException bad = assertThrows(DataFileException.class, () -> new CustomerTableBuilder(asLog, null, null).build(p, Progress.NONE));
        assertTrue(bad.userMessage().startsWith("d.csv: line 32, column 'when': \"someday\" is not a date"), bad.userMessage());
    }

    @Test
    void tooLargeForATableButTheStreamingPathsStillWork() throws Exception {
        StringBuilder sb = new StringBuilder("customer,date,amount\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("c").append(i % 50).append(",2011-01-").append(String.format("%02d", 1 + i % 28)).append(",").append(1 + i % 7).append('\n');
        }
        Path p = Files2.write(dir, "big.csv", sb.toString());
        DataFileException e = assertThrows(DataFileException.class, () -> Table.read(p, ReadOptions.DEFAULT, Progress.NONE, 10_000));
        assertTrue(e.userMessage().contains("too large to load as a table"), e.userMessage());
        assertTrue(e.userMessage().contains("transaction log"), e.userMessage());
        String old = System.getProperty(Table.MAX_BYTES_PROPERTY);
        System.setProperty(Table.MAX_BYTES_PROPERTY, "10000");
        try {
            assertThrows(DataFileException.class, () -> Table.read(p, ReadOptions.DEFAULT, Progress.NONE));
            assertEquals(50, new CustomerTableBuilder().build(p, Progress.NONE).customers().size());
            assertEquals(5000, Profiler.profile(p, null, Progress.NONE).rows());
        } finally {
            if (old == null) {
                System.clearProperty(Table.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(Table.MAX_BYTES_PROPERTY, old);
            }
        }
    }

    @Test
    void columnIndexOfAnAbsentColumnNamesTheColumns() throws Exception {
        Table t = Table.read(Files2.write(dir, "c.csv", "id,x\n1,2\n"), null, null);
        DataFileException e = assertThrows(DataFileException.class, () -> t.columnIndex("y"));
        assertTrue(e.userMessage().contains("(the columns are id, x)"), e.userMessage());
        assertEquals(UserInputException.Reason.COLUMN_MISSING, e.reason());
    }
}
