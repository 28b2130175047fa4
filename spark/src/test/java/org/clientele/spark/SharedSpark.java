package org.clientele.spark;

/**
 * One Spark session (local[2]) for every test class of this module: starting one costs seconds, and the test
 * classes share one JVM (side by side, see junit-platform.properties). Stopped when the JVM exits.
 */
final class SharedSpark {

    private static SparkEngine engine;

    private SharedSpark() {
    }

    static synchronized SparkEngine engine() {
        if (engine == null) {
            // One reduce task per RDD shuffle (MLlib k-means shuffles once per iteration) on tables this small.
            System.setProperty("spark.default.parallelism", "1");
            engine = SparkEngine.start("local[2]");
            // Test data is small: two shuffle partitions (one per core) instead of eight halve the tasks per stage.
            engine.session().conf().set("spark.sql.shuffle.partitions", "2");
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "stop-spark"));
        }
        return engine;
    }

    /**
     * Prints the CPU time and uptime of this test JVM so far (the machine may be loaded: CPU time is the figure
     * that compares), after each test class.
     */
    static void printCost(String after) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        System.out.printf("After %s: this JVM has used %.1f s CPU in %.1f s (load average %.1f)%n", after,
                os.getProcessCpuTime() / 1e9, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3,
                os.getSystemLoadAverage());
    }

    /** Threads for {@link #sideBySide} (not the common pool: it has one thread on two cores). */
    private static final java.util.concurrent.ExecutorService SIDE = java.util.concurrent.Executors.newCachedThreadPool(
            r -> {
                Thread t = new Thread(r, "spark-side");
                t.setDaemon(true);
                return t;
            });

    /** Two results made side by side: {@code spark} on another thread while {@code local} runs here (two cores). */
    record Pair<A, B>(A local, B spark) {
    }

    static <A, B> Pair<A, B> sideBySide(java.util.function.Supplier<A> local, java.util.function.Supplier<B> spark) {
        java.util.concurrent.CompletableFuture<B> other = java.util.concurrent.CompletableFuture.supplyAsync(spark,
                SIDE);
        A a = local.get();
        try {
            return new Pair<>(a, other.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
