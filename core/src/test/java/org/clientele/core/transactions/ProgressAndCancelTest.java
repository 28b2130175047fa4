package org.clientele.core.transactions;

import org.clientele.core.data.Files2;
import org.clientele.core.data.Profiler;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressAndCancelTest {

    @TempDir
    Path dir;

    private Path log(int rows) throws Exception {
        StringBuilder sb = new StringBuilder("customer_id,date,amount\n");
        for (int i = 0; i < rows; i++) {
            sb.append(i % 1000).append(",2011-03-0").append(1 + i % 9).append(",").append(1 + i % 13).append('\n');
        }
        return Files2.write(dir, "log.csv", sb.toString());
    }

    @Test
    void reportsFractionsOfTheFileAndStopsWhenCancelled() throws Exception {
        Path p = log(200_000);
        List<Double> fractions = new ArrayList<>();
        Progress recording = new Progress() {
            @Override public void update(double fraction, String message) { fractions.add(fraction); }
            @Override public boolean isCancelled() { return false; }
        };
        new CustomerTableBuilder().build(p, recording);
        assertTrue(fractions.size() >= 2, fractions.toString());
        for (int i = 0; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) > 0 && fractions.get(i) <= 1, fractions.toString());
            assertTrue(i == 0 || fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }

        Progress cancelAtOnce = new Progress() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> new CustomerTableBuilder().build(p, cancelAtOnce));
        assertThrows(CancelledException.class, () -> Profiler.profile(p, ReadOptions.DEFAULT, cancelAtOnce));
        assertThrows(CancelledException.class, () -> TransactionReader.forEachCleanItem(p, null, null, cancelAtOnce, i -> { }));
        // After cancelling, the background reader is gone: no thread keeps the file open.
        Thread.sleep(300);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("clientele-csv-reader")));
    }
}
