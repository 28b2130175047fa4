package org.clientele.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerBlobsGeneratorTest {

    @Test
    void rowsComeFromTheirBlobs(@TempDir Path tmp) throws IOException {
        CustomerBlobsGenerator.Options options = new CustomerBlobsGenerator.Options(3000, 8, 6, 1.0, 9, true);
        Path file = tmp.resolve("blobs.csv");
        CustomerBlobsGenerator.write(file, options, Progress.NONE);
        assertEquals(List.of("customer_id", "feature_0", "feature_1", "feature_2", "feature_3", "feature_4",
                "feature_5", "feature_6", "feature_7", "true_segment"), TestFiles.header(file));
        double[][] centres = new CustomerBlobsGenerator(options).centres();
        List<CSVRecord> rows = TestFiles.records(file);
        assertEquals(3000, rows.size());
        int nearestIsOwn = 0;
        double squaredSpread = 0;
        for (CSVRecord r : rows) {
            int own = Integer.parseInt(r.get("true_segment").substring("blob_".length()));
            int nearest = -1;
            double best = Double.MAX_VALUE;
            for (int b = 0; b < centres.length; b++) {
                double d = 0;
                for (int f = 0; f < 8; f++) {
                    double diff = Double.parseDouble(r.get(1 + f)) - centres[b][f];
                    d += diff * diff;
                }
                if (b == own) {
                    squaredSpread += d;
                }
                if (d < best) {
                    best = d;
                    nearest = b;
                }
            }
            if (nearest == own) {
                nearestIsOwn++;
            }
        }
        assertTrue(nearestIsOwn > 0.99 * rows.size());
        assertEquals(1.0, squaredSpread / rows.size() / 8, 0.05, "unit variance per feature");
    }

    @Test
    void deterministicAndValidated(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.csv.gz");
        Path b = tmp.resolve("b.csv.gz");
        CustomerBlobsGenerator.write(a, CustomerBlobsGenerator.Options.of(2000, 3), Progress.NONE);
        CustomerBlobsGenerator.write(b, CustomerBlobsGenerator.Options.of(2000, 3), Progress.NONE);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(9, TestFiles.header(a).size());
        assertThrows(IllegalArgumentException.class, () -> new CustomerBlobsGenerator.Options(10, 0, 3, 1, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new CustomerBlobsGenerator.Options(10, 3, 3, -1, 1, false));
    }
}
