package org.clientele.core.transactions;

import org.clientele.core.io.OutputFiles;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes an Online-Retail-shaped transaction log of any size (same columns and formats), for scale
 * checks of the streaming path: {@code RfmBenchmark --generate ROWS FILE}. About 90 bytes per row,
 * so 10 million rows make a ~0.9 GB file. Seeded: the same arguments give the same file.
 */
public final class SyntheticLog {

    private SyntheticLog() {
    }

    public static void write(Path file, long rows, int customers, long seed) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        OutputFiles.writeAtomically(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20);
            w.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
            SplittableRandom rnd = new SplittableRandom(seed);
            LocalDateTime start = LocalDateTime.of(2010, 12, 1, 8, 0);
            long written = 0;
            long invoice = 500_000;
            while (written < rows) {
                int lines = 1 + rnd.nextInt(40);
                boolean cancelled = rnd.nextInt(50) == 0;
                int customer = 10_000 + rnd.nextInt(customers);
                boolean anonymous = rnd.nextInt(4) == 0;
                String time = f.format(start.plusMinutes(written / 20 + rnd.nextInt(60)));
                String country = customer % 10 == 0 ? "Germany" : "United Kingdom";
                for (int i = 0; i < lines && written < rows; i++, written++) {
                    int product = rnd.nextInt(4000);
                    int qty = 1 + rnd.nextInt(24);
                    w.write(cancelled ? "C" : "");
                    w.write(Long.toString(invoice));
                    w.write(",P");
                    w.write(Integer.toString(product));
                    w.write(",\"PRODUCT NUMBER ");
                    w.write(Integer.toString(product));
                    w.write(", COLOURED\",");
                    w.write(Integer.toString(cancelled ? -qty : qty));
                    w.write(',');
                    w.write(time);
                    w.write(',');
                    w.write(Integer.toString(product % 20));
                    w.write('.');
                    w.write(Integer.toString(10 + product % 90));
                    w.write(',');
                    w.write(anonymous ? "" : customer + ".0");
                    w.write(',');
                    w.write(country);
                    w.write('\n');
                }
                invoice++;
            }
            w.flush();
        });
    }
}
