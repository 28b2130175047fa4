package org.clientele.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.DataKind;
import org.clientele.core.data.Schema;
import org.clientele.core.data.TransactionColumns;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningReport;
import org.clientele.core.transactions.CleaningRule;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerSummary;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.*;

/**
 * A transaction log cleaned and aggregated on Spark into the in-process engine's customer table: the same
 * rules in the same order (rows count under the first that removes them), duplicates counted over every
 * column, and per customer the same features. The heavy part (every row) stays distributed: rows are cleaned
 * where they are read, then reduced per customer, per (customer, purchase) and per (customer, country);
 * only one row per customer reaches the driver (customers are far fewer than rows).
 */
final class SparkCustomerTable {

    private SparkCustomerTable() {
    }

    static CustomerTable build(LogInput in, CleaningRules rules, LocalDate asOf, Progress progress) {
        return build(in, rules, asOf, progress, null);
    }

    /**
     * The customer table, and the kept rows handed to {@code alsoTo} while they are cached (with descriptions,
     * in file order: partition by partition, each in the order read, an exact duplicate dropped where it
     * repeats an earlier row, as the in-process scan drops it).
     *
     * @param alsoTo receives the kept rows (the columns of {@link RowCleaner#SCHEMA} and {@code pos}), or null
     */
    static CustomerTable build(LogInput in, CleaningRules rules, LocalDate asOf, Progress progress,
                               Consumer<Dataset<Row>> alsoTo) {
        Schema schema = in.schema;
        requireRoles(in);
        RoleColumns roles = new RoleColumns(schema);
        String[] cols = in.rows.columns();
        Column[] cells = new Column[cols.length];
        for (int i = 0; i < cols.length; i++) {
            // null and "" are one value to Spark's CSV reader; the marker keeps (a, null, b) apart from (a, b, null).
            cells[i] = coalesce(col(cols[i]), lit("\u0000"));
        }
        Dataset<Row> hashed = in.rows.withColumn("h", xxhash64(cells));
        Dataset<Row> cleaned = hashed.mapPartitions(new RowCleaner(roles, in.dateLayout, rules, LocalDate.now(),
                alsoTo != null), Encoders.row(RowCleaner.SCHEMA));
        if (alsoTo != null) {
            // Position in the file (partition index, then row): which copy of a duplicate comes first.
            cleaned = cleaned.withColumn("pos", monotonically_increasing_id());
        }
        cleaned = cleaned.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            progress.update(0.05, "Cleaning " + Locations.name(in.location) + " on Spark");
            Map<Integer, Long> byRule = new java.util.HashMap<>();
            long rowsRead = 0;
            for (Row r : cleaned.groupBy("rule").count().collectAsList()) {
                byRule.put(r.getInt(0), r.getLong(1));
                rowsRead += r.getLong(1);
            }
            // Exact duplicates over every column, by a 64-bit hash of the whole row: one long per row is shuffled.
            Row dup = cleaned.groupBy("h").count().agg(sum(col("count").minus(1))).first();
            long duplicates = dup.isNullAt(0) ? 0 : dup.getLong(0);
            Dataset<Row> kept = cleaned.where(col("rule").equalTo(RowCleaner.KEPT));
            long keptBefore = byRule.getOrDefault(RowCleaner.KEPT, 0L);
            long droppedDuplicates = 0;
            if (rules.dropDuplicates()) {
                kept = kept.dropDuplicates("h");
                droppedDuplicates = keptBefore - kept.count();
            }
            long rowsKept = keptBefore - droppedDuplicates;
            Map<CleaningRule, Long> removed = removed(byRule, roles, droppedDuplicates);
            if (rowsKept == 0 && rowsRead > 0) {
                throw nothingLeft(in, removed, rowsRead);
            }
            if (alsoTo != null) {
                Dataset<Row> rows = cleaned.where(col("rule").equalTo(RowCleaner.KEPT));
                alsoTo.accept(rules.dropDuplicates() ? FirstCopies.only(rows) : rows);
            }
            progress.update(0.5, "Aggregating customers on Spark");
            Row totals = kept.agg(sum(col("amount").cast("decimal(38,10)")), min("ts"), max("ts"),
                    max(col("quantity").isNotNull())).first();
            double revenue = totals.isNullAt(0) ? 0
                    : totals.getDecimal(0).setScale(2, java.math.RoundingMode.HALF_EVEN).doubleValue();
            LocalDateTime first = totals.isNullAt(1) ? null : time(totals.getLong(1));
            LocalDateTime last = totals.isNullAt(2) ? null : time(totals.getLong(2));
            boolean hasQuantity = !totals.isNullAt(3) && totals.getBoolean(3);
            LocalDate reportAsOf = last == null ? null : last.toLocalDate().plusDays(1);
            LocalDate date = asOf != null ? asOf : reportAsOf;
            List<CustomerSummary> customers = date == null ? List.of() : customers(kept, date, hasQuantity);
            progress.update(1, "Built " + customers.size() + " customers on Spark");
            CleaningReport report = new CleaningReport(rowsRead, rowsKept, customers.size(), revenue,
                    CleaningReport.byContractName(removed), duplicates, date, first, last, schema.roles(), in.warnings);
            return new CustomerTable(customers, report);
        } finally {
            cleaned.unpersist();
        }
    }

    /** One row per customer: totals, purchases (with their timing) and main country, joined on the customer. */
    private static List<CustomerSummary> customers(Dataset<Row> kept, LocalDate asOf, boolean hasQuantity) {
        Dataset<Row> totals = kept.groupBy("customer").agg(min("ts").as("first"), max("ts").as("last"),
                sum("amount").as("monetary"), sum("quantity").as("qty"), count(lit(1)).as("lines"),
                countDistinct("item").as("products"));
        // A purchase is an invoice (a timestamp without one); its timing is its earliest line's.
        Column purchase = when(col("invoice").isNotNull(), concat(lit("i"), col("invoice")))
                .otherwise(concat(lit("t"), col("ts").cast("string")));
        Dataset<Row> purchases = kept.groupBy(col("customer"), purchase.as("purchase"))
                .agg(min_by(struct("hour_band", "weekday", "season"), col("ts")).as("when"))
                .groupBy("customer").agg(count(lit(1)).as("frequency"),
                        timingCounts("hour_band", 4), timingCounts("weekday", 7), timingCounts("season", 4));
        // Main country: most rows, ties to the alphabetically first (as in-process).
        Dataset<Row> countries = kept.where(col("country").isNotNull()).groupBy("customer", "country").count()
                .withColumn("rank", row_number().over(Window.partitionBy("customer")
                        .orderBy(col("count").desc(), col("country").asc())))
                .where(col("rank").equalTo(1)).select(col("customer").as("country_of"), col("country"));
        List<Row> rows = totals.join(purchases, "customer")
                .join(countries, col("customer").equalTo(col("country_of")), "left")
                .select("customer", "first", "last", "monetary", "qty", "lines", "products", "frequency",
                        "hour_band", "weekday", "season", "country")
                .collectAsList();
        List<CustomerSummary> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(summary(r, asOf, hasQuantity));
        }
        out.sort((a, b) -> CustomerTableBuilder.compareIds(a.customerId(), b.customerId()));
        return out;
    }

    /** Counts of purchases per value 0..n-1 of a timing column, as an array column named after it. */
    private static Column timingCounts(String name, int n) {
        Column[] counts = new Column[n];
        for (int v = 0; v < n; v++) {
            counts[v] = sum(when(col("when." + name).equalTo(v), 1).otherwise(0));
        }
        return array(counts).as(name);
    }

    private static CustomerSummary summary(Row r, LocalDate asOf, boolean hasQuantity) {
        LocalDateTime first = time(r.getLong(1));
        LocalDateTime last = time(r.getLong(2));
        double monetary = r.getDouble(3);
        double qty = r.isNullAt(4) ? 0 : r.getDouble(4);
        long lines = r.getLong(5);
        int products = (int) r.getLong(6);
        int f = (int) r.getLong(7);
        double n = f;
        double[] hours = shares(r.getList(8), n);
        double[] days = shares(r.getList(9), n);
        double[] seasons = shares(r.getList(10), n);
        String country = r.isNullAt(11) ? null : r.getString(11);
        double recency = ChronoUnit.DAYS.between(last.toLocalDate(), asOf);
        double tenure = ChronoUnit.DAYS.between(first.toLocalDate(), last.toLocalDate());
        double items = (hasQuantity ? qty : lines) / n;
        return new CustomerSummary(r.getString(0), recency, f, monetary, CustomerSummary.averageOrderValue(monetary, f),
                tenure, first, last, products, items, country, hours[0], hours[1], hours[2], hours[3],
                days[0], days[1], days[2], days[3], days[4], days[5], days[6],
                seasons[0], seasons[1], seasons[2], seasons[3]);
    }

    private static double[] shares(List<Object> counts, double n) {
        double[] out = new double[counts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) counts.get(i)).longValue() / n;
        }
        return out;
    }

    private static LocalDateTime time(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }

    private static Map<CleaningRule, Long> removed(Map<Integer, Long> byRule, RoleColumns roles, long duplicates) {
        Map<CleaningRule, Long> removed = new EnumMap<>(CleaningRule.class);
        for (CleaningRule rule : new CleaningRule[]{CleaningRule.MISSING_CUSTOMER, CleaningRule.MISSING_DATE,
                CleaningRule.FUTURE_DATE, CleaningRule.EARLY_DATE, CleaningRule.CANCELLED}) {
            removed.put(rule, byRule.getOrDefault(rule.ordinal(), 0L));
        }
        if (roles.quantityAndPrice()) {
            removed.put(CleaningRule.NON_POSITIVE_QUANTITY, byRule.getOrDefault(CleaningRule.NON_POSITIVE_QUANTITY.ordinal(), 0L));
            removed.put(CleaningRule.NON_POSITIVE_PRICE, byRule.getOrDefault(CleaningRule.NON_POSITIVE_PRICE.ordinal(), 0L));
        } else {
            removed.put(CleaningRule.NON_POSITIVE_AMOUNT, byRule.getOrDefault(CleaningRule.NON_POSITIVE_AMOUNT.ordinal(), 0L));
        }
        removed.put(CleaningRule.DUPLICATES, duplicates);
        return removed;
    }

    private static DataFileException nothingLeft(LogInput in, Map<CleaningRule, Long> removed, long rowsRead) {
        StringBuilder why = new StringBuilder();
        removed.forEach((rule, n) -> {
            if (n > 0) {
                why.append(why.length() == 0 ? "" : ", ").append(rule.contractName()).append(' ').append(String.format("%,d", n));
            }
        });
        return new DataFileException(Reason.NO_DATA, Path.of(Locations.name(in.location)), 0, null, String.format(
                "no purchase is left after cleaning (%,d rows read%s)", rowsRead, why.length() == 0 ? "" : "; removed: " + why),
                "Check that this is the purchase log you meant, or switch off the cleaning rule that removed the rows",
                Setting.CLEANING_RULES);
    }

    private static void requireRoles(LogInput in) {
        Schema s = in.schema;
        TransactionColumns r = s.roles();
        Path file = Path.of(Locations.name(in.location));
        String cols = " (the columns are " + String.join(", ", s.columns()) + ")";
        if (s.kind() == DataKind.CUSTOMERS && (r.customer() == null || r.date() == null || !r.hasValue())) {
            throw new DataFileException(Reason.WRONG_KIND, file, 0, null,
                    "looks like a customer table (one row per customer), not a transaction log" + cols,
                    "Use it as a customer table, or choose the log's customer, date and amount (or quantity and price) columns",
                    Setting.CUSTOMER_COLUMN, Setting.DATE_COLUMN, Setting.AMOUNT_COLUMN);
        }
        if (r.customer() == null || r.date() == null || !r.hasValue()) {
            throw new DataFileException(Reason.ROLE_NOT_FOUND, file, 1, null,
                    "needs a customer, a date and an amount (or quantity and price) column" + cols,
                    "Choose the customer, date and amount (or quantity and price) columns",
                    Setting.CUSTOMER_COLUMN, Setting.DATE_COLUMN, Setting.AMOUNT_COLUMN);
        }
        if (in.dateLayout == null) {
            throw new DataFileException(Reason.COLUMN_WRONG_TYPE, file, 1, r.date(),
                    "does not hold dates (it looks " + s.spec(r.date()).type().label() + ")",
                    "Choose the column that holds purchase dates", Setting.DATE_COLUMN);
        }
    }
}
