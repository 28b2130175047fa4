package org.clientele.core.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.segment.rfm.RfmScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketingListTest {

    @TempDir
    Path dir;

    /**
     * Six customers: a..f. Segment 0 "High-value loyal buyers" = a, c, e; segment 1 "Lapsed one-timers" = b, d;
     * f is an outlier. d's spend is missing.
     */
    private static Table table() {
        return Table.of(List.of("customer_id", "recency_days", "frequency", "monetary", "country"),
                List.of(ColumnType.IDENTIFIER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DECIMAL,
                        ColumnType.CATEGORICAL),
                Arrays.asList(null, new double[] {5, 300, 20, 250, 40, 1},
                        new double[] {12, 1, 8, 1, 3, 50.00000000000001},
                        new double[] {900.5, 40, 1499.9999999999998, Double.NaN, 300, 99_999},
                        null),
                Arrays.asList(new String[] {"a", "b", "c", "d", "e", "f"}, null, null, null,
                        new String[] {"UK", "FR", "UK", "DE", "UK", "NL"}),
                "customer_id");
    }

    private static final String[] RFM = {"Champions", "Lost", "Champions", "Lost", "Loyal Customers", "Champions"};

    private static SegmentAssignments assignments() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f");
        List<RfmScore> rfm = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int s = RFM[i].equals("Lost") ? 1 : 5;
            rfm.add(new RfmScore(ids.get(i), s, s, s, s, "" + s + s + s, RFM[i]));
        }
        return new SegmentAssignments("customer_id", ids, new int[] {0, 1, 0, 1, 0, -1},
                new double[] {0.9, 0.8, 0.71234, 0.6, 0.5, Double.NaN}, rfm,
                Map.of(0, "High-value loyal buyers", 1, "Lapsed one-timers", -1, "Outlier"),
                Map.of(0, "Reward them", 1, "Win them back"), true);
    }

    private static List<String> ids(MarketingList list) {
        return list.rows().stream().map(MarketingList.Row::customerId).toList();
    }

    @Test
    void ordersBySegmentThenSpendWithOutliersLastAndMissingSpendAfterNumbers() {
        MarketingList all = MarketingList.prepare(table(), assignments(), null);
        assertEquals(List.of("c", "a", "e", "b", "d", "f"), ids(all));
        assertEquals(List.of("customer_id", "segment", "segment_name", "confidence", "rfm_segment", "r_score",
                "f_score", "m_score", "action", "recency_days", "frequency", "monetary"), all.header());
        assertEquals(List.of("c", "0", "High-value loyal buyers", "0.7123", "Champions", "5", "5", "5", "Reward them",
                "20", "8", "1500"), all.cells(all.rows().get(0)));
        assertEquals(List.of("d", "1", "Lapsed one-timers", "0.6", "Lost", "1", "1", "1", "Win them back",
                "250", "1", ""), all.cells(all.rows().get(4)));
        assertEquals("", all.cells(all.rows().get(5)).get(3), "unknown confidence is empty");
        assertEquals(900.5 + 40 + 1500 + 300 + 99_999, all.revenue(), 1e-9);
        assertEquals(List.of("1", "50", "99999"), all.cells(all.rows().get(5)).subList(9, 12), "no float noise");
    }

    @Test
    void filtersBySegmentRfmGroupRangesAndOutliers() {
        MarketingList all = MarketingList.prepare(table(), assignments(), List.of("country"));
        assertEquals("country", all.header().get(all.header().size() - 1));

        assertEquals(List.of("c", "a", "e"), ids(all.select(ListFilter.ALL.withSegments(Set.of(0)))));
        assertEquals(List.of("c", "a", "f"), ids(all.select(ListFilter.ALL.withRfmSegments(Set.of("Champions")))));
        assertEquals(List.of("c", "a"), ids(all.select(ListFilter.ALL.withRfmSegments(Set.of("Champions")).withoutOutliers(true))));
        assertEquals(List.of("c", "a", "e", "b", "d"), ids(all.select(ListFilter.ALL.withoutOutliers(true))));
        assertEquals(List.of(), ids(all.select(ListFilter.ALL.withSegments(Set.of()))));

        // monetary >= 300 and recency <= 40: d's missing spend fails the bound
        ListFilter bounded = ListFilter.ALL.withRange(ListFilter.Range.atLeast("monetary", 300))
                .withRange(ListFilter.Range.atMost("recency_days", 40));
        MarketingList list = all.select(bounded);
        assertEquals(List.of("c", "a", "e", "f"), ids(list));
        assertEquals(1500 + 900.5 + 300 + 99_999, list.revenue(), 1e-9);
        assertEquals(Map.of(0, 3, -1, 1), list.countsBySegment());
        assertEquals(List.of("a"), ids(all.select(ListFilter.ALL.withRange(new ListFilter.Range("frequency", 10, 20)))));
    }

    @Test
    void refusesUnknownOrTextColumnsAndRfmWithoutRfm() {
        MarketingList all = MarketingList.prepare(table(), assignments(), null);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> all.select(ListFilter.ALL.withRange(ListFilter.Range.atLeast("spend", 1))));
        assertTrue(unknown.getMessage().contains("no column 'spend'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> all.select(ListFilter.ALL.withRange(ListFilter.Range.atLeast("country", 1))));
        assertThrows(IllegalArgumentException.class, () -> MarketingList.prepare(table(), assignments(), List.of("age")));

        SegmentAssignments a = assignments();
        SegmentAssignments noRfm = new SegmentAssignments(a.idColumn(), a.ids(), a.segments(), a.confidence(), null,
                a.names(), a.actions(), true);
        MarketingList plain = MarketingList.prepare(table(), noRfm, null);
        assertFalse(plain.header().contains("rfm_segment"));
        assertThrows(IllegalArgumentException.class, () -> plain.select(ListFilter.ALL.withRfmSegments(Set.of("Lost"))));
    }

    @Test
    void writesUtf8CsvAndOneFilePerSegmentWithoutOverwriting() throws IOException {
        MarketingList list = MarketingList.of(table(), assignments(), ListFilter.ALL.withoutOutliers(true), null);
        Path file = dir.resolve("list.csv");
        list.writeCsv(file);
        List<CSVRecord> records = read(file);
        assertEquals(5, records.size());
        assertEquals("c", records.get(0).get("customer_id"));
        assertEquals("Win them back", records.get(3).get("action"));
        assertEquals("customer_id,segment,segment_name,confidence,rfm_segment,r_score,f_score,m_score,action,"
                + "recency_days,frequency,monetary", Files.readAllLines(file, StandardCharsets.UTF_8).get(0));

        Path out = dir.resolve("split");
        List<Path> written = list.writePerSegment(out, false);
        assertEquals(List.of(out.resolve("high-value-loyal-buyers.csv"), out.resolve("lapsed-one-timers.csv")), written);
        assertEquals(List.of("c", "a", "e"), read(written.get(0)).stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("b", "d"), read(written.get(1)).stream().map(r -> r.get(0)).toList());

        Files.writeString(written.get(1), "mine");
        Files.delete(written.get(0));
        UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> list.writePerSegment(out, false));
        assertInstanceOf(FileAlreadyExistsException.class, refused.getCause());
        assertFalse(Files.exists(written.get(0)), "nothing is written when any file exists");
        assertEquals("mine", Files.readString(written.get(1)));
        list.writePerSegment(out, true);
        assertEquals(2, read(written.get(1)).size());
    }

    @Test
    void slugsAreFileNameSafeAndClashesGetANumber() {
        assertEquals("high-value-loyal-buyers", MarketingList.slug("High-value loyal buyers"));
        assertEquals("cafe-regulars-2024", MarketingList.slug("  Café  regulars / 2024! "));
        assertEquals("", MarketingList.slug("***"));

        SegmentAssignments a = assignments();
        SegmentAssignments clash = new SegmentAssignments(a.idColumn(), a.ids(), a.segments(), a.confidence(), a.rfm(),
                Map.of(0, "Big spenders", 1, "Big  Spenders!", -1, "***"), a.actions(), true);
        Map<Integer, Path> files = MarketingList.prepare(table(), clash, null).perSegmentFiles(dir);
        assertEquals(List.of("big-spenders.csv", "big-spenders-2.csv", "outliers.csv"),
                files.values().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void readsASegmentRunFolderAndJoinsByIdLeavingUnknownCustomersOut() throws IOException {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("assignments.csv"), """
                customer_id,segment,segment_name,confidence,pc1,pc2,r_score,f_score,m_score,rfm_code,rfm_segment
                e,0,High-value loyal buyers,0.5,0,0,4,4,4,444,Loyal Customers
                b,1,Lapsed one-timers,0.8,0,0,1,1,1,111,Lost
                zz,1,Lapsed one-timers,0.9,0,0,1,1,2,112,Lost
                a,0,High-value loyal buyers,0.9,0,0,5,5,5,555,Champions
                """);
        Files.writeString(run.resolve("segments.json"), """
                {"k":2,"segments":[{"id":0,"name":"High-value loyal buyers","action":"Reward them"},
                                   {"id":1,"name":"Lapsed one-timers","action":"Win them back"}]}
                """);
        SegmentAssignments read = SegmentAssignments.read(run);
        assertTrue(read.hasRfm());
        assertEquals(Map.of(0, "High-value loyal buyers", 1, "Lapsed one-timers"), read.names());

        MarketingList list = MarketingList.prepare(table(), read, null);
        assertEquals(List.of("a", "e", "b"), ids(list));
        assertEquals(1, list.unmatched());
        assertEquals(List.of("e", "0", "High-value loyal buyers", "0.5", "Loyal Customers", "4", "4", "4",
                "Reward them", "40", "3", "300"), list.cells(list.rows().get(1)));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
