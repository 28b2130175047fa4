package org.clientele.core.data;

import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CustomerSummary;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables as spreadsheets export them: formatted money and percentages, row numbers, European decimal ids. */
class SpreadsheetExportsTest {

    @TempDir
    Path dir;

    private Table read(String name, String csv) throws Exception {
        return Table.read(Files2.write(dir, name, csv), ReadOptions.DEFAULT, Progress.NONE);
    }

    private static ColumnType type(Table t, String col) {
        return t.type(t.columnIndex(col));
    }

    @Test
    void currencySymbolsAndPercentSignsAreReadPast() {
        assertEquals(12, Numbers.parseUs("$12"));
        assertEquals(1234.5, Numbers.parseUs("$1,234.50"));
        assertEquals(-1234.5, Numbers.parseUs("-$1,234.50"));
        assertEquals(-12, Numbers.parseUs("$-12"));
        assertEquals(12.5, Numbers.parseEuropean("12,50 €"));
        assertEquals(1234.5, Numbers.parseEuropean("1.234,50€"));
        assertEquals(3.99, Numbers.parseUs("£3.99"));
        assertEquals(12, Numbers.parseUs("12%"));
        assertEquals(7.5, Numbers.parseUs("7.5 %"));
        for (String notANumber : new String[]{"$", "%", "$$12", "12%%", "$12%", "-$-12", "$abc", "USD", "12 kg", "$1,5"}) {
            assertTrue(Double.isNaN(Numbers.parseUs(notANumber)), notANumber);
        }
    }

    @Test
    void formattedMoneyAndPercentColumnsAreNumbers() throws Exception {
        Table t = read("c.csv", "Customer,Spend,Discount,Region\n"
                + "C1,$711.79,4%,North\nC2,\"$1,590.82\",8%,South\nC3,$12,15%,North\nC4,-$3.50,0%,East\n");
        assertEquals(ColumnType.DECIMAL, type(t, "Spend"));
        assertEquals(1590.82, t.number(1, t.columnIndex("Spend")));
        assertEquals(-3.5, t.number(3, t.columnIndex("Spend")));
        assertTrue(type(t, "Discount").isNumeric(), type(t, "Discount").toString());
        assertEquals(15, t.number(2, t.columnIndex("Discount")));
        assertEquals(List.of("Spend", "Discount"), t.numericFeatureColumns());
    }

    @Test
    void aRowNumberIdentifiesRowsAndIsNeverAFeature() throws Exception {
        StringBuilder sb = new StringBuilder("seq,Customer ID,shuffled,visits,income\n");
        int n = 40;
        for (int i = 0; i < n; i++) {
            // shuffled: 1..40 in another order (7 is coprime with 40); income: distinct but not consecutive.
            sb.append(i + 1).append(",C").append(1000 + i).append(',').append((i * 7) % n + 1).append(',')
                    .append(i % 5).append(',').append(20_000 + 137 * i * i).append('\n');
        }
        Table t = read("rows.csv", sb.toString());
        assertEquals(ColumnType.IDENTIFIER, type(t, "seq"));
        assertEquals(ColumnType.IDENTIFIER, type(t, "shuffled"));
        assertEquals(ColumnType.INTEGER, type(t, "income"));
        assertEquals("Customer ID", t.idColumn(), "the column named for customers is the id, not the row number");
        assertEquals(List.of("visits", "income"), t.numericFeatureColumns());
    }

    @Test
    void aFirstColumnOfDistinctCustomerNumbersIsTheIdUnderAnyName() throws Exception {
        StringBuilder sb = new StringBuilder("Kundennummer;Umsatz €;Bestellungen\r\n");
        for (int i = 0; i < 30; i++) {
            sb.append(12_347 + 13 * i).append(",0;").append(100 + i).append(",50 €;").append(5 + (i * i) % 37).append("\r\n");
        }
        Table t = read("kunden.csv", sb.toString());
        assertEquals("Kundennummer", t.idColumn());
        assertEquals("12360", t.text(1, 0));
        assertEquals(101.5, t.number(1, 1));
        assertEquals(List.of("Umsatz €", "Bestellungen"), t.numericFeatureColumns());
    }

    @Test
    void datesWithMonthNamesAndZonesAreDates() throws Exception {
        java.time.LocalDateTime dec1 = java.time.LocalDateTime.of(2010, 12, 1, 0, 0);
        java.time.LocalDateTime dec1At826 = java.time.LocalDateTime.of(2010, 12, 1, 8, 26);
        assertEquals(dec1, DateLayout.YMD.parse("01-Dec-2010"));
        assertEquals(dec1, DateLayout.YMD.parse("1-Dec-10"));
        assertEquals(dec1, DateLayout.YMD.parse("1 Dec 2010"));
        assertEquals(dec1, DateLayout.YMD.parse("Dec 1, 2010"));
        assertEquals(dec1, DateLayout.YMD.parse("December 1 2010"));
        assertEquals(java.time.LocalDateTime.of(2011, 9, 30, 0, 0), DateLayout.YMD.parse("30-Sept-2011"));
        assertEquals(dec1At826, DateLayout.YMD.parse("01-Dec-2010 08:26"));
        assertEquals(dec1At826, DateLayout.YMD.parse("2010-12-01T08:26:00+01:00"));
        assertEquals(dec1At826, DateLayout.YMD.parse("2010-12-01 08:26:00 UTC"));
        assertEquals(dec1At826, DateLayout.YMD.parse("2010-12-01T08:26:00-0500"));
        for (String notADate : new String[]{"Decimal 1, 2010", "01-Dex-2010", "Dec 1, 201", "Mayor 1 2010",
            "2010-12-01 08:26:00 ABC", "2010-12-01T08:26:00+1"}) {
            assertEquals(null, DateLayout.YMD.parse(notADate), notADate);
        }
        StringBuilder sb = new StringBuilder("Customer ID,Date,Amount\n");
        for (int i = 0; i < 12; i++) {
            sb.append('C').append(i % 4).append(",\"").append(i % 2 == 0 ? "Dec " + (i + 1) + ", 2010" : (i + 1) + "-Dec-10")
                    .append("\",$").append(10 + i).append(".50\n");
        }
        Table t = read("named.csv", sb.toString());
        assertEquals(ColumnType.DATE, type(t, "Date"));
        CustomerTable log = new CustomerTableBuilder().build(Files2.write(dir, "log2.csv", sb.toString()), Progress.NONE);
        assertEquals(12, log.report().rowsKept());
        assertEquals(12 * 10.5 + 66, log.report().revenue(), 1e-9);
        assertEquals(java.time.LocalDate.of(2010, 12, 13), log.report().asOf());
    }

    @Test
    void aTotalsRowAtTheEndIsNotACustomer() throws Exception {
        StringBuilder sb = new StringBuilder("seq,Customer ID,Orders,Spend\n");
        int orders = 0;
        double spend = 0;
        for (int i = 0; i < 25; i++) {
            sb.append(i + 1).append(",C").append(i).append(',').append(1 + i % 6).append(',').append(10.5 * (i % 9)).append('\n');
            orders += 1 + i % 6;
            spend += 10.5 * (i % 9);
        }
        sb.append(",Grand Total,").append(orders).append(',').append(spend).append("\n\n");
        Table t = read("total.csv", sb.toString());
        assertEquals(25, t.rowCount());
        assertEquals(ColumnType.IDENTIFIER, type(t, "seq"), "the row number has no gap once the totals row is out");
        assertEquals(List.of("Orders", "Spend"), t.numericFeatureColumns());
        assertTrue(t.warnings().contains("the last row ('Grand Total') is a totals row, not a customer, and was left out"),
                t.warnings().toString());
        DataProfile profile = Profiler.profile(dir.resolve("total.csv"), ReadOptions.DEFAULT, Progress.NONE);
        assertEquals(25, profile.rows());
        assertTrue(profile.warnings().contains("the last row ('Grand Total') is a totals row, not a customer, and was"
                + " left out"), profile.warnings().toString());
        Table plain = read("plain.csv", "id,Plan,Spend\na,Basic,1\nb,Total,2\n");
        assertEquals(2, plain.rowCount(), "a customer whose plan is called Total is a customer");
    }

    @Test
    void aShortRunOfConsecutiveIntegersStaysANumber() throws Exception {
        Table t = read("short.csv", "id,children\na,0\nb,1\nc,2\nd,3\n");
        assertEquals(ColumnType.INTEGER, type(t, "children"));
    }

    @Test
    void europeanDecimalCustomerIdsAreTheSameCustomers() throws Exception {
        String us = "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                + "1,2,2011-01-03 09:00:00,1.50,17850.0\n1,1,2011-01-03 09:00:00,4.00,17850.0\n"
                + "2,3,2011-02-03 10:00:00,2.00,12346.0\n";
        String eu = us.replace(',', ';').replace('.', ',').replace("2011-01-03 09:00:00", "03.01.2011 09:00")
                .replace("2011-02-03 10:00:00", "03.02.2011 10:00");
        assertTrue(eu.contains(";17850,0"), eu);
        for (String csv : new String[]{us, eu}) {
            CustomerTable t = new CustomerTableBuilder().build(Files2.write(dir, "log.csv", csv), Progress.NONE);
            assertEquals(List.of("12346", "17850"), t.customers().stream().map(CustomerSummary::customerId).toList(),
                    csv);
            assertEquals(13.0, t.report().revenue(), 1e-9);
        }
        assertEquals("1,000", Numbers.stripZeroFraction("1,000"), "three digits after a comma are a thousands group");
        assertEquals("17850", Numbers.stripZeroFraction("17850,00"));
    }
}
