package org.clientele.sample;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clientele.core.task.Progress;

/**
 * Measures transaction-log generation speed and heap: {@code TransactionLogBenchmark ROWS OUT_FILE}
 * (OUT ending .gz measures compressed output). Run it with a small heap, e.g. -Xmx256m, to show the
 * generator streams. Not a unit test: timing is measured, never asserted.
 */
public final class TransactionLogBenchmark {

    private TransactionLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench-transactions.csv");
        String kind = args.length > 2 ? args[2] : "transactions";
        long start = System.nanoTime();
        Generators.Result result = Generators.generate(kind, rows, 42, java.util.Map.of(), out, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s: %,d rows in %.2f s = %,.0f rows/s; file %,d bytes; max heap %d MB; "
                        + "peak heap used (sum of pool peaks) %d MB%n", kind, rows, seconds, rows / seconds,
                Files.size(result.file()), Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
