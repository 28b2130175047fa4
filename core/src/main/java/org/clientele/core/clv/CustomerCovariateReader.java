package org.clientele.core.clv;

import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.ColumnProfile;
import org.clientele.core.data.ColumnRole;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.DataProfile;
import org.clientele.core.data.DataSource;
import org.clientele.core.data.DateParser;
import org.clientele.core.data.MissingValues;
import org.clientele.core.data.Numbers;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Schema;
import org.clientele.core.data.TransactionColumns;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads covariate columns of a purchase log, one value per customer: the value on the customer's first
 * purchase (earliest date; the first such row in the file on ties), since the models need covariates that
 * do not change over a customer's life. Customers whose value changes later are counted in a warning.
 */
public final class CustomerCovariateReader {

    public static final String FIRST_PURCHASE = "the value on each customer's first purchase";

    private CustomerCovariateReader() {
    }

    /**
     * The columns of a purchase log that describe a customer rather than a purchase, so suit {@code --covariates}:
     * categorical (or yes/no) columns that are not one of the log's parts (customer, date, amount, invoice,
     * product, ...) and that take at least two values. Numeric columns are accepted by name too, but a front end
     * offers the categories.
     */
    public static List<String> categoricalCandidates(DataProfile profile) {
        List<String> out = new ArrayList<>();
        for (ColumnProfile c : profile.columns()) {
            boolean describesCustomer = c.role() == ColumnRole.COUNTRY || c.role() == ColumnRole.OTHER
                    || c.role() == ColumnRole.ATTRIBUTE || c.role() == ColumnRole.FEATURE;
            boolean categorical = c.type() == ColumnType.CATEGORICAL || c.type() == ColumnType.BOOLEAN;
            if (describesCustomer && categorical && c.distinct() >= 2) {
                out.add(c.name());
            }
        }
        return out;
    }

    public static CustomerCovariates fromPurchaseLog(Path file, ReadOptions options, List<String> columns) {
        try (DataSource src = DataSource.open(file, options == null ? ReadOptions.DEFAULT : options, 5_000, true)) {
            Schema schema = src.schema();
            TransactionColumns roles = schema.roles();
            int iCustomer = schema.indexOf(roles.customer());
            int iDate = schema.indexOf(roles.date());
            if (iCustomer < 0 || iDate < 0 || schema.specs().get(iDate).dateLayout() == null) {
                throw new ClvInputException(Reason.ROLE_NOT_FOUND, file, 1, null, "--covariates needs a purchase log "
                        + "with a customer and a date column; the columns are " + schema.columns(),
                        "Give the purchase log (or name its columns with --customer and --date).");
            }
            int[] idx = indexes(file, schema.columns(), columns);
            DateParser dates = new DateParser(schema.specs().get(iDate).dateLayout());
            Map<String, String[]> values = new HashMap<>();
            Map<String, LocalDateTime> firstSeen = new HashMap<>();
            Set<String> changing = new HashSet<>();
            String[] row;
            while ((row = src.next()) != null) {
                String customer = customerId(row[iCustomer]);
                LocalDateTime time = MissingValues.isMissing(row[iDate]) ? null : dates.parse(row[iDate]);
                if (customer == null || time == null) {
                    continue;
                }
                String[] v = new String[idx.length];
                for (int k = 0; k < idx.length; k++) {
                    v[k] = MissingValues.isMissing(row[idx[k]]) ? null : row[idx[k]].strip();
                }
                String[] known = values.get(customer);
                if (known == null) {
                    values.put(customer, v);
                    firstSeen.put(customer, time);
                } else {
                    if (!java.util.Arrays.equals(known, v)) {
                        changing.add(customer);
                    }
                    if (time.isBefore(firstSeen.get(customer))) {
                        values.put(customer, v);
                        firstSeen.put(customer, time);
                    }
                }
            }
            List<String> warnings = new ArrayList<>();
            if (!changing.isEmpty()) {
                warnings.add(String.format(java.util.Locale.ROOT, "%,d customer%s changed %s over their purchases;"
                                + " %s is used", changing.size(), changing.size() == 1 ? "" : "s",
                        String.join("/", columns), FIRST_PURCHASE));
            }
            return new CustomerCovariates(columns, values, FIRST_PURCHASE, warnings);
        }
    }

    private static int[] indexes(Path file, List<String> names, List<String> columns) {
        int[] idx = new int[columns.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = names.indexOf(columns.get(k));
            if (idx[k] < 0) {
                throw new ClvInputException(Reason.COLUMN_MISSING, file, 1, columns.get(k), "no covariate column \""
                        + columns.get(k) + "\"; the columns are " + names, "Name columns of the purchase log in --covariates.");
            }
        }
        return idx;
    }

    /** The same customer key as the transaction reader: trimmed, "123.0" read as "123". */
    static String customerId(String raw) {
        if (MissingValues.isMissing(raw)) {
            return null;
        }
        String s = raw.strip();
        return s.length() > 2 && s.charAt(s.length() - 1) == '0' && (s.indexOf('.') > 0 || s.indexOf(',') > 0)
                ? Numbers.stripZeroFraction(s) : Objects.requireNonNull(s);
    }
}
