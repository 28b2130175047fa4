package org.clientele.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clientele.core.data.MissingValues;
import org.clientele.core.data.Numbers;
import org.clientele.core.predict.ModelBundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a partition of customer rows with a saved model bundle. The bundle's files travel once per executor as a
 * broadcast and are loaded once per executor JVM (XGBoost4J and Tribuo models are costly to deserialise), then rows
 * are scored in batches through the bundle's own transform, exactly as {@code predict} does in-process.
 */
final class PartitionScorer implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = 4096;
    /** Loaded bundles of this executor, by the id the driver gave them. */
    private static final Map<String, ModelBundle> LOADED = new ConcurrentHashMap<>();

    static final StructType REGRESSION = new StructType().add("id", DataTypes.StringType, true)
            .add("prediction", DataTypes.DoubleType, true);
    static final StructType CLASSIFICATION = new StructType().add("id", DataTypes.StringType, true)
            .add("segment", DataTypes.StringType, true).add("segment_name", DataTypes.StringType, true)
            .add("confidence", DataTypes.DoubleType, true).add("out_of_distribution", DataTypes.BooleanType, true);

    private final String bundleId;
    private final Broadcast<Map<String, byte[]>> files;
    private final int idColumn;
    private final int[] featureColumns;
    private final boolean[] european;
    private final String[] names;
    private final boolean regression;

    /** @param featureColumns per model input, its column in the row, or -1 when absent (the training median is used) */
    PartitionScorer(String bundleId, Broadcast<Map<String, byte[]>> files, int idColumn, int[] featureColumns,
                    boolean[] european, String[] names, boolean regression) {
        this.bundleId = bundleId;
        this.files = files;
        this.idColumn = idColumn;
        this.featureColumns = featureColumns;
        this.european = european;
        this.names = names;
        this.regression = regression;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        ModelBundle bundle = LOADED.computeIfAbsent(bundleId, id -> unpack(files.value()));
        List<Row> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(BATCH);
        List<double[]> rows = new ArrayList<>(BATCH);
        // A partition's results are built batch by batch; the iterator hands them on as they are ready.
        return new Iterator<>() {
            private Iterator<Row> ready = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!ready.hasNext() && input.hasNext()) {
                    ids.clear();
                    rows.clear();
                    while (input.hasNext() && rows.size() < BATCH) {
                        Row r = input.next();
                        ids.add(idColumn < 0 ? null : r.getString(idColumn));
                        rows.add(features(r));
                    }
                    out.clear();
                    score(bundle, ids, rows.toArray(new double[0][]), out);
                    ready = new ArrayList<>(out).iterator();
                }
                return ready.hasNext();
            }

            @Override
            public Row next() {
                hasNext();
                return ready.next();
            }
        };
    }

    private double[] features(Row r) {
        double[] x = new double[featureColumns.length];
        for (int f = 0; f < x.length; f++) {
            int c = featureColumns[f];
            String raw = c < 0 ? null : r.getString(c);
            if (MissingValues.isMissing(raw)) {
                x[f] = Double.NaN;
            } else {
                double v = Numbers.parse(raw, european[f]);
                if (Double.isNaN(v)) {
                    throw new BadCell(names[f], raw.strip(), false);
                }
                x[f] = v;
            }
        }
        return x;
    }

    private void score(ModelBundle bundle, List<String> ids, double[][] x, List<Row> out) {
        if (regression) {
            double[] p = bundle.predictValues(x);
            for (int i = 0; i < x.length; i++) {
                out.add(RowFactory.create(ids.get(i), p[i]));
            }
            return;
        }
        double[][] p = bundle.probabilities(x);
        boolean[] ood = bundle.outOfDistribution(x);
        List<String> classes = bundle.classNames();
        List<String> names = bundle.segmentNames() == null ? classes : bundle.segmentNames();
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            for (int c = 1; c < p[i].length; c++) {
                if (p[i][c] > p[i][best]) {
                    best = c;
                }
            }
            out.add(RowFactory.create(ids.get(i), classes.get(best), names.get(best), p[i][best], ood[i]));
        }
    }

    private static ModelBundle unpack(Map<String, byte[]> files) {
        try {
            Path dir = Files.createTempDirectory("clientele-model");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path to = dir.resolve(f.getKey());
                Files.createDirectories(to.getParent());
                Files.write(to, f.getValue());
            }
            ModelBundle bundle = ModelBundle.load(dir);
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
