package org.clientele.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clientele.core.data.DateLayout;
import org.clientele.core.data.DateParser;
import org.clientele.core.data.MissingValues;
import org.clientele.core.data.Numbers;
import org.clientele.core.transactions.CleaningRule;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerIds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;

/**
 * The in-process scan's cleaning rules, row by row on the executors: parse the role columns with core's parsers
 * and mark each row with the first rule that removes it ({@link CleaningRule} ordinal), {@link #KEPT}, or
 * {@link #UNATTRIBUTABLE} (a rule switched off let through a row without customer or value: neither kept nor
 * counted, as in-process). Duplicates are left to the caller (they need the whole file). Kept rows carry the
 * calendar facts the customer features need (hour band, weekday, season), computed as core's {@code Stamp} does.
 * {@code item} is the product, or the description in a log without a product column; {@code description} is
 * filled only when asked for (the exploratory analysis) and the log has both.
 */
final class RowCleaner implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    static final int KEPT = -1;
    static final int UNATTRIBUTABLE = -2;
    private static final long FIRST_VALID_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

    static final StructType SCHEMA = new StructType()
            .add("rule", DataTypes.IntegerType, false)
            .add("h", DataTypes.LongType, false)
            .add("customer", DataTypes.StringType, true)
            .add("invoice", DataTypes.StringType, true)
            .add("ts", DataTypes.LongType, true)
            .add("day", DataTypes.LongType, true)
            .add("hour_band", DataTypes.IntegerType, true)
            .add("weekday", DataTypes.IntegerType, true)
            .add("season", DataTypes.IntegerType, true)
            .add("quantity", DataTypes.DoubleType, true)
            .add("amount", DataTypes.DoubleType, true)
            .add("item", DataTypes.StringType, true)
            .add("country", DataTypes.StringType, true)
            .add("description", DataTypes.StringType, true);

    /** Column positions of the roles in the text row (-1 when absent); the row hash is the last field. */
    private final int iCustomer, iDate, iAmount, iQuantity, iPrice, iInvoice, iProduct, iDescription, iCountry;
    private final boolean europeanAmount, europeanQuantity, europeanPrice;
    private final String dateName, amountName, quantityName, priceName;
    private final DateLayout layout;
    private final boolean dropMissingCustomer, dropCancelled, dropNonPositiveQuantity, dropNonPositivePrice;
    private final long lastValidDay;
    private final boolean keepDescription;

    RowCleaner(RoleColumns roles, DateLayout layout, CleaningRules rules, LocalDate today) {
        this(roles, layout, rules, today, false);
    }

    RowCleaner(RoleColumns roles, DateLayout layout, CleaningRules rules, LocalDate today, boolean keepDescription) {
        this.keepDescription = keepDescription;
        this.iCustomer = roles.customer;
        this.iDate = roles.date;
        this.iAmount = roles.amount;
        this.iQuantity = roles.quantity;
        this.iPrice = roles.price;
        this.iInvoice = roles.invoice;
        this.iProduct = roles.product;
        this.iDescription = roles.description;
        this.iCountry = roles.country;
        this.europeanAmount = roles.europeanAmount;
        this.europeanQuantity = roles.europeanQuantity;
        this.europeanPrice = roles.europeanPrice;
        this.dateName = roles.dateName;
        this.amountName = roles.amountName;
        this.quantityName = roles.quantityName;
        this.priceName = roles.priceName;
        this.layout = layout;
        this.dropMissingCustomer = rules.dropMissingCustomer();
        this.dropCancelled = rules.dropCancelled();
        this.dropNonPositiveQuantity = rules.dropNonPositiveQuantity();
        this.dropNonPositivePrice = rules.dropNonPositivePrice();
        this.lastValidDay = today.toEpochDay();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        DateParser dates = new DateParser(layout);
        return new Iterator<>() {
            private String lastRawDate;
            private LocalDateTime lastTime;

            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                Row r = input.next();
                return clean(r, dates);
            }

            private Row clean(Row r, DateParser parser) {
                long h = r.getLong(r.length() - 1);
                String customer = CustomerIds.normalize(r.getString(iCustomer));
                if (customer == null && dropMissingCustomer) {
                    return removed(CleaningRule.MISSING_CUSTOMER, h);
                }
                String rawDate = r.getString(iDate);
                if (MissingValues.isMissing(rawDate)) {
                    return removed(CleaningRule.MISSING_DATE, h);
                }
                LocalDateTime time;
                if (rawDate.equals(lastRawDate)) {
                    time = lastTime;
                } else {
                    time = parser.parse(rawDate);
                    if (time == null) {
                        throw new BadCell(dateName, rawDate.strip(), true);
                    }
                    lastRawDate = rawDate;
                    lastTime = time;
                }
                long day = time.toLocalDate().toEpochDay();
                if (day > lastValidDay) {
                    return removed(CleaningRule.FUTURE_DATE, h);
                }
                if (day < FIRST_VALID_DAY) {
                    return removed(CleaningRule.EARLY_DATE, h);
                }
                String invoice = iInvoice < 0 ? null : CustomerIds.present(r.getString(iInvoice));
                if (dropCancelled && invoice != null && (invoice.charAt(0) == 'C' || invoice.charAt(0) == 'c')) {
                    return removed(CleaningRule.CANCELLED, h);
                }
                double quantity = Double.NaN;
                double amount;
                if (iAmount < 0) {
                    quantity = number(r.getString(iQuantity), europeanQuantity, quantityName);
                    if (dropNonPositiveQuantity && !(quantity > 0)) {
                        return removed(CleaningRule.NON_POSITIVE_QUANTITY, h);
                    }
                    double price = number(r.getString(iPrice), europeanPrice, priceName);
                    if (dropNonPositivePrice && !(price > 0)) {
                        return removed(CleaningRule.NON_POSITIVE_PRICE, h);
                    }
                    amount = quantity * price;
                } else {
                    amount = number(r.getString(iAmount), europeanAmount, amountName);
                    if (dropNonPositivePrice && !(amount > 0)) {
                        return removed(CleaningRule.NON_POSITIVE_AMOUNT, h);
                    }
                }
                if (customer == null || Double.isNaN(amount)) {
                    return RowFactory.create(UNATTRIBUTABLE, h, null, null, null, null, null, null, null, null, null,
                            null, null, null);
                }
                // Descriptions stand in for products only in a log without a product column, as in-process.
                String item = iProduct >= 0 ? CustomerIds.present(r.getString(iProduct))
                        : iDescription < 0 ? null : CustomerIds.present(r.getString(iDescription));
                String country = iCountry < 0 ? null : CustomerIds.present(r.getString(iCountry));
                String description = keepDescription && iProduct >= 0 && iDescription >= 0
                        ? CustomerIds.present(r.getString(iDescription)) : null;
                return RowFactory.create(KEPT, h, customer, invoice, time.toEpochSecond(ZoneOffset.UTC), day,
                        time.getHour() / 6, time.getDayOfWeek().getValue() - 1, time.getMonthValue() % 12 / 3,
                        Double.isNaN(quantity) ? null : quantity, amount, item, country, description);
            }
        };
    }

    private static Row removed(CleaningRule rule, long h) {
        return RowFactory.create(rule.ordinal(), h, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static double number(String raw, boolean european, String column) {
        if (MissingValues.isMissing(raw)) {
            return Double.NaN;
        }
        double v = Numbers.parse(raw, european);
        if (Double.isNaN(v)) {
            throw new BadCell(column, raw.strip(), false);
        }
        return v;
    }
}
