package org.clientele.spark;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.*;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
class TmpProbeTest {
  static long cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000; }
  static long t0, c0;
  static void mark(String what) { long t = System.currentTimeMillis(), c = cpu(); System.out.printf("PROBE %-50s wall %6d ms cpu %6d ms%n", what, t - t0, c - c0); t0 = t; c0 = c; }
  @Test void probe() {
    t0 = System.currentTimeMillis(); c0 = cpu();
    SparkEngine e = SharedSpark.engine(); mark("start spark");
    var conf = e.session().conf();
    Path s = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
    for (int i = 0; i < 2; i++) {
    e.customers(s.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null, Progress.NONE); mark("default");
    e.customers(s.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null, Progress.NONE); mark("default");
    conf.set("spark.sql.shuffle.partitions", "2");
    e.customers(s.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null, Progress.NONE); mark("shuffle 2");
    conf.set("spark.sql.codegen.wholeStage", "false");
    e.customers(s.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null, Progress.NONE); mark("shuffle 2, no wholestage");
    conf.set("spark.sql.adaptive.enabled", "false");
    e.customers(s.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null, Progress.NONE); mark("shuffle 2, no wholestage, no AQE");
    conf.set("spark.sql.codegen.wholeStage", "true");
    e.customers(s.toString(), ReadOptions.DEFAULT, CleaningRules.DEFAULT, null, Progress.NONE); mark("shuffle 2, no AQE");
    conf.unset("spark.sql.shuffle.partitions"); conf.unset("spark.sql.adaptive.enabled");
    }
  }
}
