package org.clientele.core.analysis;

import org.clientele.core.data.ColumnType;
import org.clientele.core.data.Table;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renaming a segment of a report, and the points of its map. */
class SegmentationReportRenameTest {

    private static SegmentationReport report;

    /** Three well separated blobs of 40 customers on two features. */
    static Table blobs() {
        Random random = new Random(7);
        int n = 120;
        String[] ids = new String[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            int blob = i / 40;
            ids[i] = "C" + i;
            a[i] = 10 + 50 * blob + random.nextGaussian();
            b[i] = 100 - 30 * blob + random.nextGaussian();
        }
        return Table.of(List.of("id", "spend", "visits"), List.of(ColumnType.IDENTIFIER, ColumnType.DECIMAL, ColumnType.DECIMAL),
                Arrays.asList(null, a, b), Arrays.asList(ids, null, null), "id");
    }

    @BeforeAll
    static void segment() {
        report = SegmentationRun.run(Path.of("blobs.csv"), blobs(), SegmentOptions.DEFAULT.withK(3).withBootstrap(0),
                Progress.NONE);
    }

    @Test
    void renamingChangesTheShownNameEverywhereAndKeepsTheGeneratedOne() {
        String generated = report.segmentName(1);
        SegmentationReport renamed = report.withCustomName(1, "  Weekend browsers ");

        assertEquals("Weekend browsers", renamed.segmentName(1));
        assertEquals("Weekend browsers", renamed.segments().get(1).name());
        assertEquals("Weekend browsers", renamed.segments().get(1).customName());
        assertEquals(generated, renamed.segments().get(1).generatedName());
        assertTrue(renamed.segments().get(1).description().startsWith("Weekend browsers — "));
        assertEquals(report.segmentName(0), renamed.segmentName(0));
        assertEquals(generated, report.segmentName(1), "the original report is unchanged");
        assertTrue(renamed.document().toString().length() > 0);

        SegmentationReport restored = renamed.withCustomName(1, " ");
        assertEquals(generated, restored.segmentName(1));
        assertNull(restored.segments().get(1).customName());
    }

    @Test
    void renamingAnUnknownSegmentFails() {
        assertThrows(IllegalArgumentException.class, () -> report.withCustomName(9, "x"));
    }

    @Test
    void mapGroupsEveryRowBySegmentWithTheirNames() {
        SegmentMap map = SegmentMap.of(report.withCustomName(2, "Named"), 20_000, 1);
        assertEquals(3, map.groups().size());
        assertEquals(120, map.drawn());
        assertEquals(120, map.groups().stream().mapToInt(SegmentMap.Group::size).sum());
        assertEquals("Named", map.groups().get(2).name());
        assertTrue(map.varianceRatio()[0] > 0.5);
        assertEquals(1.0, map.varianceRatio()[0] + map.varianceRatio()[1], 1e-9);
        for (SegmentMap.Group g : map.groups()) {
            for (int row : g.rows()) {
                assertEquals(g.label(), report.result().labels()[row]);
            }
        }
        int[] all = map.rowsWithin(-1e9, 1e9, 1e9, -1e9);
        assertEquals(120, all.length);
        SegmentMap.Group first = map.groups().get(0);
        int[] one = map.rowsWithin(first.x()[0], first.x()[0], first.y()[0], first.y()[0]);
        assertArrayEquals(new int[] {first.rows()[0]}, one);
    }

    @Test
    void largeMapsDrawASeededSample() {
        SegmentMap a = SegmentMap.of(report, 50, 3);
        SegmentMap b = SegmentMap.of(report, 50, 3);
        assertTrue(a.sampled());
        assertEquals(50, a.drawn());
        assertEquals(50, a.groups().stream().mapToInt(SegmentMap.Group::size).sum());
        assertArrayEquals(a.groups().get(0).rows(), b.groups().get(0).rows());
        assertNotEquals(0, SegmentMap.sample(1000, 10, 3)[9]);
        assertEquals(10, Arrays.stream(SegmentMap.sample(1000, 10, 3)).distinct().count());
    }
}
