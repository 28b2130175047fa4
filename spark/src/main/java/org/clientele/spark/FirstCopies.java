package org.clientele.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.HashMap;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

/**
 * Exact duplicates dropped where they repeat an earlier row, keeping the rest in place (a narrow filter): the
 * in-process scan keeps the first copy, and what comes first matters to analyses that follow the file's order.
 * Only the repeated row hashes (with their first position) travel to the executors.
 */
final class FirstCopies {

    private FirstCopies() {
    }

    /** @param rows cleaned rows with their hash {@code h} and file position {@code pos} */
    static Dataset<Row> only(Dataset<Row> rows) {
        List<Row> repeated = rows.groupBy("h").agg(min("pos").as("first"), count(lit(1)).as("n"))
                .where(col("n").gt(1)).select("h", "first").collectAsList();
        if (repeated.isEmpty()) {
            return rows;
        }
        HashMap<Long, Long> first = new HashMap<>(repeated.size() * 2);
        for (Row r : repeated) {
            first.put(r.getLong(0), r.getLong(1));
        }
        Broadcast<HashMap<Long, Long>> shared = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext())
                .broadcast(first);
        return rows.filter(new KeepFirst(shared, rows.schema().fieldIndex("h"), rows.schema().fieldIndex("pos")));
    }

    private static final class KeepFirst implements FilterFunction<Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<HashMap<Long, Long>> first;
        private final int h;
        private final int pos;

        KeepFirst(Broadcast<HashMap<Long, Long>> first, int h, int pos) {
            this.first = first;
            this.h = h;
            this.pos = pos;
        }

        @Override
        public boolean call(Row r) {
            Long at = first.value().get(r.getLong(h));
            return at == null || at == r.getLong(pos);
        }
    }
}
