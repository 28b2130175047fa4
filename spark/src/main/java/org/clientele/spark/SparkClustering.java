package org.clientele.spark;

import org.apache.spark.ml.clustering.GaussianMixture;
import org.apache.spark.ml.clustering.GaussianMixtureModel;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.feature.PCA;
import org.apache.spark.ml.feature.PCAModel;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.features.FeatureInput;
import org.clientele.core.features.FeatureOptions;
import org.clientele.core.features.FeaturePipeline;
import org.clientele.core.features.FittedFeaturePipeline;
import org.clientele.core.segment.Algorithm;
import org.clientele.core.segment.ExternalSweep;
import org.clientele.core.segment.Pca;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.Stability;
import org.clientele.core.task.CancelledException;
import org.clientele.core.task.Progress;

import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

/**
 * Segmentation on Spark: the customer table's features are prepared exactly as in-process (core's pipeline:
 * median imputation, log1p of skewed columns, z-scores, weighted one-hot), then every k of the range is fitted by
 * MLlib (k-means with k-means|| initialisation, best of a few seeded runs; or a Gaussian mixture), scored over all
 * customers by aggregations (inertia, Davies–Bouldin, Calinski–Harabasz) and by MLlib's ClusteringEvaluator
 * (silhouette with squared Euclidean distance), and the map is MLlib's PCA. The silhouette of the contract
 * (Euclidean, as scikit-learn), the gap statistic, bootstrap stability and the choice of k come from
 * {@link ExternalSweep} on a seeded sample of at most 10,000 customers (all of them below that), so k is
 * chosen by the same rule as in-process.
 */
final class SparkClustering implements SegmentationRun.Clustering {

    /** Seeded k-means|| runs per k (the best inertia is kept): each run is a Spark job per iteration. */
    static final int MAX_RUNS = Integer.getInteger("clientele.spark.kmeansRuns", 10);
    private static final int MAX_ITER = 100;
    /** Fits in flight at once (see {@link #fitAll}). */
    private static final int CONCURRENT_JOBS = 4;

    private final SparkSession spark;
    private final int maxRuns;

    SparkClustering(SparkSession spark) {
        this(spark, MAX_RUNS);
    }

    /** @param maxRuns at most this many seeded runs per k, whatever the options ask for */
    SparkClustering(SparkSession spark, int maxRuns) {
        this.spark = spark;
        this.maxRuns = maxRuns;
    }

    @Override
    public SegmentationResult run(FeatureInput input, SegmentOptions o, CategoricalEncoding oneHot, Progress progress) {
        if (o.algorithm() != Algorithm.KMEANS && o.algorithm() != Algorithm.GMM) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, "the Spark engine segments with kmeans or gmm, not "
                    + o.algorithm().label(), "Choose k-means or a Gaussian mixture, or the in-process engine");
        }
        progress.update(0, "preparing features");
        FittedFeaturePipeline pipeline = FeaturePipeline.fit(input,
                new FeatureOptions(o.features(), o.transform(), o.transform(), 1.0), oneHot);
        double[][] x = pipeline.transform(input);
        int n = x.length;
        if (n < 3) {
            throw new UnusableDataException(Reason.TOO_FEW_ROWS, "segmentation needs at least 3 customers, got " + n,
                    "Segment a table with more customers");
        }
        int kMax = Math.min(o.kMax(), n - 1);
        int from = o.k() != null ? o.k() : Math.min(o.kMin(), kMax);
        int to = o.k() != null ? o.k() : kMax;
        if (to >= n) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, to + " segments need more than " + n
                    + " customers", "Choose fewer segments than customers", Setting.K);
        }
        Dataset<Row> points = points(x).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            int[] sampleRows = ExternalSweep.sample(n, ExternalSweep.SAMPLE_ROWS, o.seed() ^ 0x5A17L);
            double[][] sample = new double[sampleRows.length][];
            for (int i = 0; i < sampleRows.length; i++) {
                sample[i] = x[sampleRows[i]];
            }
            List<Fitted> fits = new ArrayList<>();
            List<int[]> sampleLabels = new ArrayList<>();
            List<ExternalSweep.EngineFit> engineFits = new ArrayList<>();
            StringBuilder squared = new StringBuilder();
            ClusteringEvaluator evaluator = new ClusteringEvaluator().setDistanceMeasure("squaredEuclidean");
            progress.update(0.05, "MLlib " + o.algorithm().label() + ", k = " + from + ".." + to);
            int runs = Math.max(1, Math.min(o.restarts(), maxRuns));
            List<Fitted> models = fitAll(points, from, to, o, runs, x[0].length);
            for (int k = from; k <= to; k++) {
                progress.checkCancelled();
                progress.update(0.4 + 0.25 * (k - from) / (to - from + 1.0), "scoring k = " + k);
                Fitted f = models.get(k - from);
                Dataset<Row> labelled = f.labelled.persist(StorageLevel.MEMORY_AND_DISK());
                ClusterAggregates agg = ClusterAggregates.of(labelled, k);
                double sq = evaluator.evaluate(labelled);
                squared.append(squared.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "k = %d: %.3f", k, sq));
                int[] labels = new int[sampleRows.length];
                for (int i = 0; i < sampleRows.length; i++) {
                    labels[i] = f.predict(Vectors.dense(sample[i]));
                }
                labelled.unpersist();
                fits.add(f);
                sampleLabels.add(labels);
                engineFits.add(new ExternalSweep.EngineFit(k, agg.inertia, agg.daviesBouldin, agg.calinskiHarabasz, f.bic));
            }
            progress.update(0.65, "gap statistic and stability on a sample");
            ExternalSweep.Completed done = ExternalSweep.complete(sample, sampleLabels, engineFits, o,
                    progress.slice(0.65, 0.9));
            int k = done.choice().k();
            Fitted chosen = fits.get(k - from);
            int[] raw = chosen.labels(points, n);
            int[] newId = ExternalSweep.sizeOrder(k, raw);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = newId[raw[i]];
            }
            double[][] centers = new double[k][];
            for (int c = 0; c < k; c++) {
                centers[newId[c]] = chosen.centers[c];
            }
            double[][] memberships = chosen.memberships(points, n, newId);
            double[] confidence = memberships != null ? maxima(memberships)
                    : ExternalSweep.marginConfidence(x, labels, centers);
            Stability stability = ExternalSweep.renumbered(done.stability(), newId);
            int[] chosenSample = new int[sampleRows.length];
            for (int i = 0; i < sampleRows.length; i++) {
                chosenSample[i] = labels[sampleRows[i]];
            }
            double silhouette = ExternalSweep.silhouette(sample, chosenSample);
            progress.update(0.95, "principal components (MLlib)");
            Pca.Result pca = pca(points, x, Math.min(3, x[0].length));
            List<String> notes = new ArrayList<>();
            String fitted = o.algorithm() == Algorithm.GMM ? "Gaussian mixture per k"
                    : "k-means per k (k-means|| initialisation, best of " + runs + " seeded runs)";
            notes.add(String.format(Locale.ROOT, "Spark engine (%s): MLlib %s; inertia, Davies–Bouldin and "
                            + "Calinski–Harabasz over all %,d customers; the silhouette, gap statistic and stability on %s",
                    spark.sparkContext().master(), fitted, n, sampleRows.length == n ? "every customer"
                            : String.format(Locale.ROOT, "a seeded sample of %,d", sampleRows.length)));
            notes.add("MLlib ClusteringEvaluator silhouette (squared Euclidean, every customer): " + squared);
            progress.update(1, "done");
            return new SegmentationResult(o.algorithm(), k, done.choice().chosenBy(), pipeline.featureNames(),
                    pipeline.steps(), done.sweep(), done.elbowK(), silhouette, sampleRows.length < n, sampleRows.length,
                    stability, 0, labels, confidence, memberships, centers, x, pca, o.seed(), pipeline, n,
                    List.copyOf(notes), done.choice(), null);
        } finally {
            points.unpersist();
        }
    }

    private Dataset<Row> points(double[][] x) {
        StructType schema = new StructType().add("id", DataTypes.IntegerType, false)
                .add("features", SQLDataTypes.VectorType(), false);
        List<Row> rows = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            rows.add(RowFactory.create(i, Vectors.dense(x[i])));
        }
        // Small tables in one partition: each k-means iteration is a job, and its cost is then scheduling, not work.
        int partitions = (int) Math.max(1, Math.min(spark.sparkContext().defaultParallelism(), x.length / 50_000));
        return spark.createDataFrame(rows, schema).coalesce(partitions);
    }

    /** One k's model: how it labels a row, its centers and (mixtures) BIC and memberships. */
    private abstract static class Fitted {
        Dataset<Row> labelled;
        double[][] centers;
        double bic = Double.NaN;

        abstract int predict(Vector v);

        int[] labels(Dataset<Row> points, int n) {
            int[] out = new int[n];
            for (Row r : labelled.select("id", "prediction").collectAsList()) {
                out[r.getInt(0)] = r.getInt(1);
            }
            return out;
        }

        double[][] memberships(Dataset<Row> points, int n, int[] newId) {
            return null;
        }
    }

    /**
     * Every k's model. The seeded runs are independent Spark jobs submitted from a few threads at once: on small
     * tables a k-means iteration costs scheduling more than computing, and concurrent jobs overlap it.
     */
    private static List<Fitted> fitAll(Dataset<Row> points, int from, int to, SegmentOptions o, int runs, int d) {
        long n = points.count();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_JOBS, r -> {
            Thread t = new Thread(r, "clientele-mllib-fit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Fitted> out = new ArrayList<>();
            if (o.algorithm() == Algorithm.GMM) {
                List<Future<Fitted>> fits = new ArrayList<>();
                for (int k = from; k <= to; k++) {
                    int kk = k;
                    fits.add(pool.submit(() -> gmm(points, kk, o.seed(), n, d)));
                }
                for (Future<Fitted> f : fits) {
                    out.add(f.get());
                }
                return out;
            }
            // The RDD-based k-means of MLlib on cached vectors: the same algorithm and k-means|| initialisation as
            // the DataFrame one, without a query plan per fit (ten times faster on customer tables).
            JavaRDD<org.apache.spark.mllib.linalg.Vector> vectors = points.javaRDD()
                    .map(r -> org.apache.spark.mllib.linalg.Vectors.fromML((Vector) r.get(1)))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            vectors.count(); // cached once here, not by the concurrent fits racing to fill it
            try {
                List<List<Future<org.apache.spark.mllib.clustering.KMeansModel>>> fits = new ArrayList<>();
                for (int k = from; k <= to; k++) {
                    List<Future<org.apache.spark.mllib.clustering.KMeansModel>> perK = new ArrayList<>();
                    for (int r = 0; r < runs; r++) {
                        int kk = k;
                        long seed = o.seed() + 7919L * r;
                        perK.add(pool.submit(() -> new org.apache.spark.mllib.clustering.KMeans().setK(kk).setSeed(seed)
                                .setInitializationMode("k-means||").setMaxIterations(MAX_ITER).setEpsilon(1e-4)
                                .run(vectors.rdd())));
                    }
                    fits.add(perK);
                }
                for (List<Future<org.apache.spark.mllib.clustering.KMeansModel>> perK : fits) {
                    org.apache.spark.mllib.clustering.KMeansModel best = null;
                    for (Future<org.apache.spark.mllib.clustering.KMeansModel> f : perK) {
                        org.apache.spark.mllib.clustering.KMeansModel m = f.get();
                        if (best == null || m.trainingCost() < best.trainingCost()) {
                            best = m;
                        }
                    }
                    double[][] centers = new double[best.k()][];
                    for (int c = 0; c < centers.length; c++) {
                        centers[c] = best.clusterCenters()[c].toArray();
                    }
                    out.add(kmeans(points, centers));
                }
            } finally {
                vectors.unpersist(false);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** k-means' labelling: the nearest center, on the driver for single rows and by a UDF over all of them. */
    private static Fitted kmeans(Dataset<Row> points, double[][] centers) {
        Fitted f = new Fitted() {
            @Override
            int predict(Vector v) {
                return nearest(v.toArray(), centers);
            }
        };
        UserDefinedFunction nearest = udf((UDF1<Vector, Integer>) v -> nearest(v.toArray(), centers),
                DataTypes.IntegerType);
        f.labelled = points.withColumn("prediction", nearest.apply(col("features")));
        f.centers = centers;
        return f;
    }

    static int nearest(double[] v, double[][] centers) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centers.length; c++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                double t = v[j] - centers[c][j];
                s += t * t;
            }
            if (s < bestD) {
                bestD = s;
                best = c;
            }
        }
        return best;
    }

    private static Fitted gmm(Dataset<Row> points, int k, long seed, long n, int d) {
        GaussianMixtureModel model = new GaussianMixture().setK(k).setSeed(seed).setMaxIter(MAX_ITER).setTol(1e-4)
                .fit(points);
        Fitted f = new Fitted() {
            @Override
            int predict(Vector v) {
                return model.predict(v);
            }

            @Override
            double[][] memberships(Dataset<Row> pts, int rows, int[] newId) {
                double[][] out = new double[rows][];
                for (Row r : labelled.select("id", "probability").collectAsList()) {
                    double[] p = ((Vector) r.get(1)).toArray();
                    double[] q = new double[p.length];
                    for (int c = 0; c < p.length; c++) {
                        q[newId[c]] = p[c];
                    }
                    out[r.getInt(0)] = q;
                }
                return out;
            }
        };
        f.labelled = model.transform(points);
        f.centers = new double[k][];
        for (int c = 0; c < k; c++) {
            f.centers[c] = model.gaussians()[c].mean().toArray();
        }
        // BIC = -2 log L + p ln n, p = (k - 1) weights + k d means + k d (d + 1) / 2 covariances (full), as scikit-learn.
        double params = (k - 1) + k * d + k * d * (d + 1) / 2.0;
        f.bic = -2 * model.summary().logLikelihood() + params * Math.log(n);
        return f;
    }

    /** MLlib's PCA, with the rows centred for the map and signs as scikit-learn's svd_flip (largest loading positive). */
    private static Pca.Result pca(Dataset<Row> points, double[][] x, int m) {
        PCAModel model = new PCA().setK(m).setInputCol("features").setOutputCol("pca").fit(points);
        DenseMatrix pc = model.pc();
        int d = x[0].length;
        double[][] loadings = new double[m][d];
        for (int c = 0; c < m; c++) {
            int largest = 0;
            for (int j = 0; j < d; j++) {
                loadings[c][j] = pc.apply(j, c);
                if (Math.abs(loadings[c][j]) > Math.abs(loadings[c][largest])) {
                    largest = j;
                }
            }
            if (loadings[c][largest] < 0) {
                for (int j = 0; j < d; j++) {
                    loadings[c][j] = -loadings[c][j];
                }
            }
        }
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        double[][] coords = new double[x.length][m];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < m; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (x[i][j] - mean[j]) * loadings[c][j];
                }
                coords[i][c] = s;
            }
        }
        return new Pca.Result(coords, model.explainedVariance().toArray(), loadings, mean);
    }

    private static double[] maxima(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double best = 0;
            for (double v : rows[i]) {
                best = Math.max(best, v);
            }
            out[i] = best;
        }
        return out;
    }
}
