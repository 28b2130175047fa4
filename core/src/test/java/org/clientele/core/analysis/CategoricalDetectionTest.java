package org.clientele.core.analysis;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which columns of a customer table are categories, and what dates and years of birth become. */
class CategoricalDetectionTest {

    @TempDir
    Path dir;

    private static ColumnType type(Table t, String col) {
        return t.type(t.columnIndex(col));
    }

    @Test
    void textCategoriesAndIntegerCodesAreCategoricalCountsFlagsIdsAndFreeTextAreNot() throws Exception {
        Path file = MarketingLikeTable.write(dir, "m.tsv", 400, 7, '\t');
        Table t = CustomerTables.load(file, ReadOptions.DEFAULT, Progress.NONE);
        assertEquals("ID", t.idColumn());
        assertEquals(ColumnType.CATEGORICAL, type(t, "Education"));
        assertEquals(ColumnType.CATEGORICAL, type(t, "Marital_Status"));
        assertEquals(ColumnType.CATEGORICAL, type(t, "Channel"), "integer codes 1/2 under a category name");
        assertEquals(ColumnType.CATEGORICAL, type(t, "Region"), "integer codes 1/2/3");
        assertEquals(ColumnType.INTEGER, type(t, "Kidhome"), "a count 0/1/2 stays a number");
        assertEquals(ColumnType.INTEGER, type(t, "Response"), "a 0/1 flag stays a number");
        assertEquals(ColumnType.INTEGER, type(t, "MntWines"));
        assertEquals(ColumnType.TEXT, type(t, "Note"), "free text is not a category");
        assertEquals(java.util.List.of("Education", "Marital_Status", "Channel", "Region"),
                CategoricalColumns.defaults(t));
    }

    @Test
    void codesNeedSeveralRowsPerLevelAndSmallValues() throws Exception {
        StringBuilder sb = new StringBuilder("customer_id;Plan;Store;rating;amount;visits\n");
        Random rnd = new Random(3);
        for (int i = 0; i < 200; i++) {
            sb.append(i + 1).append(';').append(1 + rnd.nextInt(4)).append(';').append(1 + rnd.nextInt(12)).append(';')
                    .append(1 + rnd.nextInt(5)).append(';').append(10 * (1 + rnd.nextInt(6))).append(';')
                    .append(1 + rnd.nextInt(8)).append('\n');
        }
        Table t = CustomerTables.load(Files.writeString(dir.resolve("p.csv"), sb), ReadOptions.DEFAULT, Progress.NONE);
        assertEquals(ColumnType.CATEGORICAL, type(t, "Plan"));
        assertEquals(ColumnType.CATEGORICAL, type(t, "Store"), "12 codes is the most");
        assertEquals(ColumnType.INTEGER, type(t, "rating"), "a 1-5 rating is a measure");
        assertEquals(ColumnType.INTEGER, type(t, "amount"), "10, 20 … 60 are amounts, not codes");
        assertEquals(ColumnType.INTEGER, type(t, "visits"), "a count");

        StringBuilder small = new StringBuilder("id,Channel,spend\n");
        for (int i = 0; i < 8; i++) {
            small.append(i + 1).append(',').append(1 + i % 5).append(',').append(5 * i + 3).append('\n');
        }
        Table few = CustomerTables.load(Files.writeString(dir.resolve("s.csv"), small), ReadOptions.DEFAULT,
                Progress.NONE);
        assertEquals(ColumnType.INTEGER, type(few, "Channel"), "5 values in 8 rows is too few rows per level");
    }

    @Test
    void enrolmentDateBecomesTenureAndYearOfBirthBecomesAgeWithNotes() throws Exception {
        String csv = "ID,Year_Birth,Dt_Customer,last_order,spend\n"
                + "1,1957,2012-09-04,2014-01-10,10\n"
                + "2,1984,2014-03-08,2014-05-01,20\n"
                + "3,1990,2014-06-29,2014-06-01,30\n";
        Table t = CustomerTables.load(Files.writeString(dir.resolve("d.csv"), csv, StandardCharsets.UTF_8),
                ReadOptions.DEFAULT, Progress.NONE);
        assertFalse(t.columnNames().contains("Year_Birth"), "replaced by age, not counted twice");
        double[] age = t.numericColumn(t.columnIndex("age"));
        assertEquals(2014 - 1957, age[0]);
        assertEquals(2014 - 1990, age[2]);
        double[] tenure = t.numericColumn(t.columnIndex("tenure_days"));
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2012, 9, 4), LocalDate.of(2014, 6, 29)), tenure[0]);
        assertEquals(0, tenure[2]);
        double[] since = t.numericColumn(t.columnIndex("days_since_last_order"));
        assertEquals(28, since[2]);
        assertTrue(t.numericFeatureColumns().containsAll(java.util.List.of("age", "tenure_days")));
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("tenure_days = days from Dt_Customer to 2014-06-29")),
                t.notes().toString());
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("age = 2014 - Year_Birth")), t.notes().toString());

        String rfmOutput = "customer_id,recency_days,frequency,monetary,first_purchase,last_purchase,tenure_days\n"
                + "a,5,3,100,2011-01-04 10:00:00,2011-12-04 10:00:00,334\n"
                + "b,40,1,20,2011-10-30 09:00:00,2011-10-30 09:00:00,0\n"
                + "c,1,9,900,2010-12-01 08:00:00,2011-12-08 12:00:00,372\n";
        Table rfm = CustomerTables.load(Files.writeString(dir.resolve("rfm.csv"), rfmOutput), ReadOptions.DEFAULT,
                Progress.NONE);
        assertEquals(java.util.List.of("recency_days", "frequency", "monetary", "tenure_days"),
                rfm.numericFeatureColumns(), "a table written by rfm already has tenure and recency");

        Table asOf = CustomerTables.load(dir.resolve("d.csv"), ReadOptions.DEFAULT, Progress.NONE,
                LocalDate.of(2015, 6, 29));
        assertEquals(365, asOf.numericColumn(asOf.columnIndex("tenure_days"))[2], "a given reference date wins");
    }
}
