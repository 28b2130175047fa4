package org.clientele.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.clientele.core.eda.CategoryRules;
import org.clientele.core.eda.EdaAccumulator;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.eda.TransactionEda;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.LineItem;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The exploratory analysis on Spark: the log is cleaned once (the rows the customer table is built from), each
 * partition's kept rows go through core's {@link EdaAccumulator} where they lie, and the accumulators are merged
 * in file order, a few at a time on the executors and the last few on the driver. The driver then summarises
 * exactly as the in-process analysis does, so eda.json follows the same contract.
 */
final class SparkEda {

    /** Accumulators merged by one task (each holds a partition's customers, products and days). */
    static final int FAN_IN = 8;

    private SparkEda() {
    }

    /** The analysis and the customer table it was made with (both from one cleaning of the log). */
    record Outcome(CustomerTable customers, EdaResult result) {
    }

    static Outcome run(LogInput in, CleaningRules rules, CategoryRules categories, long seed, Progress progress) {
        EdaAccumulator[] merged = new EdaAccumulator[1];
        RoleColumns roles = new RoleColumns(in.schema);
        CustomerTable table = SparkCustomerTable.build(in, rules, null, progress.slice(0, 0.75),
                kept -> merged[0] = accumulate(kept, roles, categories));
        return new Outcome(table, TransactionEda.summarise(Locations.name(in.location), table,
                merged[0] != null ? merged[0] : new EdaAccumulator(categories), seed, progress.slice(0.75, 1)));
    }

    /**
     * Every partition's accumulator, merged in partition order: a stretch of the file each (for a folder of files,
     * the order Spark reads their parts in); null without partitions.
     */
    static EdaAccumulator accumulate(Dataset<Row> kept, RoleColumns roles, CategoryRules categories) {
        JavaRDD<Tuple2<Integer, EdaAccumulator>> parts = kept.javaRDD()
                .mapPartitionsWithIndex(new PartitionEda(kept.schema(), roles, categories), true);
        int n = parts.getNumPartitions();
        while (n > FAN_IN) {
            int groups = (n + FAN_IN - 1) / FAN_IN;
            parts = parts.mapToPair(t -> new Tuple2<>(t._1() / FAN_IN, t)).groupByKey(groups)
                    .map(g -> new Tuple2<>(g._1(), inOrder(g._2())));
            n = groups;
        }
        return inOrder(parts.collect());
    }

    /** The accumulators of consecutive stretches, merged first to last; null when there are none. */
    static EdaAccumulator inOrder(Iterable<Tuple2<Integer, EdaAccumulator>> parts) {
        List<Tuple2<Integer, EdaAccumulator>> sorted = new ArrayList<>();
        parts.forEach(sorted::add);
        if (sorted.isEmpty()) {
            return null;
        }
        sorted.sort(Comparator.comparingInt(Tuple2::_1));
        EdaAccumulator acc = sorted.get(0)._2();
        for (int i = 1; i < sorted.size(); i++) {
            acc.merge(sorted.get(i)._2());
        }
        return acc;
    }

    /** One partition's kept rows, as core's line items, through one accumulator. */
    private static final class PartitionEda
            implements Function2<Integer, Iterator<Row>, Iterator<Tuple2<Integer, EdaAccumulator>>>, Serializable {
        private static final long serialVersionUID = 1L;
        private final int customer, invoice, ts, quantity, amount, item, country, description;
        private final boolean hasProduct, hasDescription;
        private final CategoryRules categories;

        PartitionEda(StructType schema, RoleColumns roles, CategoryRules categories) {
            customer = schema.fieldIndex("customer");
            invoice = schema.fieldIndex("invoice");
            ts = schema.fieldIndex("ts");
            quantity = schema.fieldIndex("quantity");
            amount = schema.fieldIndex("amount");
            item = schema.fieldIndex("item");
            country = schema.fieldIndex("country");
            description = schema.fieldIndex("description");
            hasProduct = roles.product >= 0;
            hasDescription = roles.description >= 0;
            this.categories = categories;
        }

        @Override
        public Iterator<Tuple2<Integer, EdaAccumulator>> call(Integer index, Iterator<Row> rows) {
            EdaAccumulator acc = new EdaAccumulator(categories);
            long lastSecond = Long.MIN_VALUE;
            LocalDateTime time = null;
            while (rows.hasNext()) {
                Row r = rows.next();
                long second = r.getLong(ts);
                if (second != lastSecond) {
                    time = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
                    lastSecond = second;
                }
                String itemText = r.isNullAt(item) ? null : r.getString(item);
                String product = hasProduct ? itemText : null;
                String text = !hasDescription ? null : hasProduct ? (r.isNullAt(description) ? null
                        : r.getString(description)) : itemText;
                acc.accept(new LineItem(r.getString(customer), r.isNullAt(invoice) ? null : r.getString(invoice), time,
                        r.isNullAt(quantity) ? Double.NaN : r.getDouble(quantity), Double.NaN, r.getDouble(amount),
                        product, text, r.isNullAt(country) ? null : r.getString(country)));
            }
            return List.of(new Tuple2<>(index, acc)).iterator();
        }
    }
}
