package org.clientele.core.transactions;

import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark and the scale generator work (what they measure is reported, never asserted). */
class RfmBenchmarkTest {

    @Test
    void generatedLogIsReadAndBenchmarked(@TempDir Path dir) {
        Path file = dir.resolve("synthetic.csv");
        SyntheticLog.write(file, 20_000, 300, 7);
        RfmBenchmark.Result r = RfmBenchmark.run(file, 1, 3);
        assertEquals(20_000, r.rowsRead());
        assertEquals(3, r.seconds().length);
        assertTrue(r.medianSeconds() > 0);
        CustomerTable t = new CustomerTableBuilder().build(file, Progress.NONE);
        assertEquals(t.report().rowsKept(), r.rowsKept());
        assertEquals(t.customers().size(), r.customers());
        assertTrue(t.report().removed().get("missingCustomer") > 0 && t.report().removed().get("cancelled") > 0, t.report().toString());
        assertEquals(3.0, RfmBenchmark.median(new double[]{5, 1, 3}));
        assertEquals(2.5, RfmBenchmark.median(new double[]{4, 1, 3, 2}));
    }
}
