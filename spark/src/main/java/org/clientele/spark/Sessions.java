package org.clientele.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session: the master asked for (or spark-submit's), no web UI, UTC for timestamps (so Parquet
 * timestamps read as the in-process engine reads text), and on a local master as many shuffle partitions as
 * a few per core instead of Spark's 200 (tiny tasks only cost scheduling there).
 */
final class Sessions {

    private Sessions() {
    }

    static SparkSession start(String master) {
        SparkConf conf = new SparkConf(true);
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        conf.setMaster(m).setAppName(conf.get("spark.app.name", "Clientele"))
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.sql.session.timeZone", "UTC")
                .setIfMissing("spark.sql.adaptive.enabled", "true");
        if (m.startsWith("local")) {
            int cores = localCores(m);
            conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 4 * cores)))
                    .setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** Cores of local, local[N] or local[*]. */
    static int localCores(String master) {
        int open = master.indexOf('[');
        if (open < 0) {
            return 1;
        }
        String inside = master.substring(open + 1, master.indexOf(']', open));
        String n = inside.split(",")[0];
        return n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n.trim());
    }
}
