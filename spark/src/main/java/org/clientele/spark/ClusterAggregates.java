package org.clientele.spark;

import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

import java.util.List;

import static org.apache.spark.sql.functions.*;

/**
 * Within-cluster sum of squares, Davies–Bouldin (1979) and Calinski–Harabasz (1974) as scikit-learn defines
 * them, computed from two aggregations over the labelled rows (per cluster: count and mean, then the summed
 * distances to the mean), so they cost two passes however many customers there are.
 */
final class ClusterAggregates {

    final double inertia;
    final double daviesBouldin;
    final double calinskiHarabasz;

    private ClusterAggregates(double inertia, double daviesBouldin, double calinskiHarabasz) {
        this.inertia = inertia;
        this.daviesBouldin = daviesBouldin;
        this.calinskiHarabasz = calinskiHarabasz;
    }

    /** @param labelled rows with a {@code features} vector and an integer {@code prediction} in 0..k-1 */
    static ClusterAggregates of(Dataset<Row> labelled, int k) {
        List<Row> perCluster = labelled.groupBy("prediction")
                .agg(count(lit(1)).as("n"), Summarizer.mean(col("features")).as("mean")).collectAsList();
        double[][] means = new double[k][];
        long[] sizes = new long[k];
        for (Row r : perCluster) {
            int c = r.getInt(0);
            sizes[c] = r.getLong(1);
            means[c] = ((Vector) r.get(2)).toArray();
        }
        int d = perCluster.get(0).<Vector>getAs(2).size();
        for (int c = 0; c < k; c++) {
            if (means[c] == null) {
                means[c] = new double[d];
            }
        }
        UserDefinedFunction distance = udf((UDF2<Vector, Integer, Double>) (v, c) -> {
            double s = 0;
            double[] m = means[c];
            for (int j = 0; j < m.length; j++) {
                double t = v.apply(j) - m[j];
                s += t * t;
            }
            return Math.sqrt(s);
        }, DataTypes.DoubleType);
        List<Row> spread = labelled.withColumn("dist", distance.apply(col("features"), col("prediction")))
                .groupBy("prediction").agg(sum("dist"), sum(col("dist").multiply(col("dist")))).collectAsList();
        double[] meanDistance = new double[k];
        double within = 0;
        for (Row r : spread) {
            int c = r.getInt(0);
            meanDistance[c] = r.getDouble(1) / sizes[c];
            within += r.getDouble(2);
        }
        long n = 0;
        double[] grand = new double[d];
        for (int c = 0; c < k; c++) {
            n += sizes[c];
            for (int j = 0; j < d; j++) {
                grand[j] += sizes[c] * means[c][j];
            }
        }
        for (int j = 0; j < d; j++) {
            grand[j] /= n;
        }
        double between = 0;
        int nonEmpty = 0;
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                nonEmpty++;
                between += sizes[c] * dist2(means[c], grand);
            }
        }
        double ch = nonEmpty < 2 ? Double.NaN : within == 0 ? 1.0 : between * (n - nonEmpty) / (within * (nonEmpty - 1.0));
        double db = 0;
        for (int a = 0; a < k; a++) {
            if (sizes[a] == 0) {
                continue;
            }
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (b != a && sizes[b] > 0) {
                    double sep = Math.sqrt(dist2(means[a], means[b]));
                    worst = Math.max(worst, sep == 0 ? 0 : (meanDistance[a] + meanDistance[b]) / sep);
                }
            }
            db += worst;
        }
        return new ClusterAggregates(within, nonEmpty < 2 ? Double.NaN : db / nonEmpty, ch);
    }

    private static double dist2(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }
}
