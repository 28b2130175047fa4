package org.clientele.sample;

import java.nio.file.Path;
import org.clientele.core.task.Progress;

/**
 * N customers × F numeric features drawn from G isotropic Gaussian blobs, for segmentation scale tests
 * (the same recipe as scikit-learn's {@code make_blobs}: centres uniform in [−10, 10]^F, unit spread by
 * default). Rows stream out one at a time, so any N fits in bounded memory.
 * Columns: {@code customer_id, feature_0 … feature_{F−1}} and, when asked, {@code true_segment}
 * (text such as {@code blob_3}, so it is never mistaken for a numeric feature).
 */
public final class CustomerBlobsGenerator {

    /** What to generate. */
    public record Options(long rows, int features, int blobs, double spread, long seed, boolean withLabels) {
        public Options {
            if (rows < 1) {
                throw new IllegalArgumentException("rows must be at least 1, got " + rows);
            }
            if (features < 1 || features > 1000) {
                throw new IllegalArgumentException("features must be 1..1000, got " + features);
            }
            if (blobs < 1 || blobs > 10_000) {
                throw new IllegalArgumentException("blobs must be 1..10000, got " + blobs);
            }
            if (!(spread > 0) || Double.isInfinite(spread)) {
                throw new IllegalArgumentException("spread must be positive, got " + spread);
            }
        }

        /** 8 features, 6 blobs, unit spread, no labels: the shape of the scale benchmark. */
        public static Options of(long rows, long seed) {
            return new Options(rows, 8, 6, 1.0, seed, false);
        }
    }

    private final Options options;
    private final double[][] centres;
    private final SeededRandom random;

    public CustomerBlobsGenerator(Options options) {
        this.options = options;
        SeededRandom centreRandom = SeededRandom.derived(options.seed(), 1);
        centres = new double[options.blobs()][options.features()];
        for (double[] centre : centres) {
            for (int f = 0; f < centre.length; f++) {
                centre[f] = -10 + 20 * centreRandom.nextDouble();
            }
        }
        random = SeededRandom.derived(options.seed(), 2);
    }

    /** The blob centres (a copy). */
    public double[][] centres() {
        double[][] copy = new double[centres.length][];
        for (int i = 0; i < centres.length; i++) {
            copy[i] = centres[i].clone();
        }
        return copy;
    }

    /** Fills {@code row} with the next customer's features and returns its blob. */
    public int next(double[] row) {
        int blob = random.nextInt(centres.length);
        double[] centre = centres[blob];
        for (int f = 0; f < row.length; f++) {
            row[f] = centre[f] + options.spread() * random.nextGaussian();
        }
        return blob;
    }

    public static String[] columns(Options options) {
        int width = 1 + options.features() + (options.withLabels() ? 1 : 0);
        String[] names = new String[width];
        names[0] = "customer_id";
        for (int f = 0; f < options.features(); f++) {
            names[1 + f] = "feature_" + f;
        }
        if (options.withLabels()) {
            names[width - 1] = "true_segment";
        }
        return names;
    }

    public static void write(Path out, Options options, Progress progress) {
        CustomerBlobsGenerator generator = new CustomerBlobsGenerator(options);
        String[] columns = columns(options);
        CsvOutput.write(out, columns, printer -> {
            double[] values = new double[options.features()];
            String[] row = new String[columns.length];
            for (long i = 0; i < options.rows(); i++) {
                if (i % 50_000 == 0) {
                    progress.checkCancelled();
                    progress.update((double) i / options.rows(), "rows " + i + " of " + options.rows());
                }
                int blob = generator.next(values);
                row[0] = Long.toString(i + 1);
                for (int f = 0; f < values.length; f++) {
                    row[1 + f] = Decimals.fixed(values[f], 4);
                }
                if (options.withLabels()) {
                    row[row.length - 1] = "blob_" + blob;
                }
                printer.row((Object[]) row);
            }
        });
        progress.update(1, "done");
    }
}
