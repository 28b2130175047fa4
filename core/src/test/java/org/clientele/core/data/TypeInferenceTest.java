package org.clientele.core.data;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeInferenceTest {

    @TempDir
    Path dir;

    private Table read(String name, String csv) throws Exception {
        return Table.read(Files2.write(dir, name, csv), ReadOptions.DEFAULT, Progress.NONE);
    }

    private static ColumnType type(Table t, String col) {
        return t.type(t.columnIndex(col));
    }

    @Test
    void numbersBooleansAndText() throws Exception {
        StringBuilder sb = new StringBuilder("user_id,age,income,member,segment,bio\n");
        String[] seg = {"gold", "silver", "bronze"};
        for (int i = 0; i < 60; i++) {
            sb.append(i + 1).append(',').append(20 + i % 40).append(',').append(1000 + i * 10.25).append(',')
                    .append(i % 2 == 0 ? "yes" : "no").append(',').append(seg[i % 3]).append(",\"free text number ")
                    .append(i).append(" about a customer who likes things\"\n");
        }
        Table t = read("t.csv", sb.toString());
        assertEquals(ColumnType.IDENTIFIER, type(t, "user_id"));
        assertEquals(ColumnType.INTEGER, type(t, "age"));
        assertEquals(ColumnType.DECIMAL, type(t, "income"));
        assertEquals(ColumnType.BOOLEAN, type(t, "member"));
        assertEquals(1.0, t.number(0, 3));
        assertEquals(ColumnType.CATEGORICAL, type(t, "segment"));
        assertEquals(ColumnType.TEXT, type(t, "bio"));
        assertEquals("user_id", t.idColumn());
        assertEquals(java.util.List.of("age", "income"), t.numericFeatureColumns());
    }

    @Test
    void thousandsSeparatorsUsAndEuropean() throws Exception {
        Table us = read("us.csv", "k;amount\na;1,234.50\nb;12.00\nc;1,000,000\n");
        assertEquals(ColumnType.DECIMAL, type(us, "amount"));
        assertEquals(1234.5, us.number(0, 1));
        assertEquals(1_000_000, us.number(2, 1));
        Table eu = read("eu.csv", "k;amount\na;1.234,50\nb;12,5\nc;3\n");
        assertEquals(ColumnType.DECIMAL, type(eu, "amount"));
        assertEquals(1234.5, eu.number(0, 1));
        assertEquals(12.5, eu.number(1, 1));
    }

    @Test
    void dateFormatsAndDayMonthOrderFromValues() throws Exception {
        Table t = read("dates.csv", "k,iso,us,eu,dash,compact\n"
                + "a,2010-12-01 08:26:00,12/1/2010 8:26,13/01/2010,01-02-2011,20101201\n"
                + "b,2011-01-15 17:05:00,1/15/2011 17:05,02/03/2010,15-02-2011,20110115\n");
        assertEquals(ColumnType.DATETIME, type(t, "iso"));
        assertEquals(ColumnType.DATETIME, type(t, "us"));
        assertEquals(ColumnType.DATE, type(t, "eu"));
        assertEquals(ColumnType.DATE, type(t, "dash"));
        assertEquals(ColumnType.DATE, type(t, "compact"));
        assertEquals(DateLayout.MDY, new ColumnSnifferFixture("12/1/2010 8:26", "1/15/2011 17:05").layout());
        assertEquals(DateLayout.DMY, new ColumnSnifferFixture("13/01/2010", "02/03/2010").layout());
        assertEquals(LocalDateTime.of(2010, 12, 1, 8, 26), DateLayout.MDY.parse("12/1/2010 8:26"));
        assertEquals(LocalDateTime.of(2011, 2, 15, 0, 0), DateLayout.DMY.parse("15-02-2011"));
        assertEquals(LocalDateTime.of(2010, 12, 1, 0, 0), DateLayout.COMPACT.parse("20101201"));
        assertEquals(LocalDateTime.of(2011, 1, 15, 17, 5), DateLayout.YMD.parse("2011-01-15T17:05:00"));
        assertEquals(LocalDateTime.of(2011, 1, 15, 17, 5), DateLayout.MDY.parse("1/15/2011 5:05 PM"));
        assertNull(DateLayout.YMD.parse("2011-02-30"));
    }

    @Test
    void identifiersByNameZeroPaddingAndFloatLookingIds() throws Exception {
        Table t = read("ids.csv", "CustomerID,code,spend\n17850.0,0001,3\n13047.0,0002,4\n17850.0,0003,5\n");
        assertEquals(ColumnType.IDENTIFIER, type(t, "CustomerID"));
        assertEquals("17850", t.text(0, 0));
        assertEquals(ColumnType.IDENTIFIER, type(t, "code"));
        assertEquals("0001", t.text(0, 1));
        assertEquals("CustomerID", t.idColumn());
        assertTrue(ColumnNames.isIdName("customer_id"));
        assertTrue(ColumnNames.isIdName("userId"));
        assertTrue(ColumnNames.isIdName("ID"));
        assertTrue(!ColumnNames.isIdName("paid") && !ColumnNames.isIdName("valid"));
    }

    @Test
    void numberParsingMatchesJava() {
        for (String s : new String[]{"2.55", "0.1", "-11062.06", "38970", "1e3", "123456789.123456789", "0.000001"}) {
            assertEquals(Double.parseDouble(s), Numbers.parseUs(s), s);
        }
        assertTrue(Double.isNaN(Numbers.parseUs("1,5")));
        assertTrue(Double.isNaN(Numbers.parseUs("12,34.5")));
        assertTrue(Double.isNaN(Numbers.parseUs("abc")));
        assertEquals(1.5, Numbers.parseEuropean("1,5"));
        assertEquals("17850", Numbers.stripZeroFraction("17850.0"));
        assertEquals("17850.5", Numbers.stripZeroFraction("17850.5"));
    }

    /** Feeds values to a sniffer and reports its date layout. */
    private record ColumnSnifferFixture(String... values) {
        DateLayout layout() {
            ColumnSniffer s = new ColumnSniffer("d", 100);
            for (String v : values) {
                s.accept(v);
            }
            return s.decide().dateLayout();
        }
    }
}
