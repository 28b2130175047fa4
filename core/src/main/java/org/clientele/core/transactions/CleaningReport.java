package org.clientele.core.transactions;

import org.clientele.core.data.TransactionColumns;
import org.clientele.core.io.Json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What cleaning did to a transaction log; serialises to the contract's CLEANING.json.
 *
 * @param removed       a rule's {@link CleaningRule#contractName() contract name} ({@code missingCustomer},
 *                      {@code missingDate}, {@code cancelled}, {@code nonPositiveQuantity}, {@code nonPositivePrice},
 *                      {@code nonPositiveAmount}, {@code duplicates}) to rows removed by it, in the order the
 *                      rules apply; {@link #removedByRule()} is the same, typed
 * @param duplicateRows rows identical to an earlier row in every field (removed only if the rule is on)
 * @param asOf          the date recency is counted to
 * @param firstDate     earliest purchase among kept rows (null when none kept)
 * @param lastDate      latest purchase among kept rows
 * @param columns       the columns used for each role
 */
public record CleaningReport(long rowsRead, long rowsKept, int customers, double revenue, Map<String, Long> removed,
                             long duplicateRows, LocalDate asOf, LocalDateTime firstDate, LocalDateTime lastDate,
                             TransactionColumns columns, List<String> warnings) {

    public CleaningReport {
        removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A report without warnings. */
    public CleaningReport(long rowsRead, long rowsKept, int customers, double revenue, Map<String, Long> removed,
                          long duplicateRows, LocalDate asOf, LocalDateTime firstDate, LocalDateTime lastDate,
                          TransactionColumns columns) {
        this(rowsRead, rowsKept, customers, revenue, removed, duplicateRows, asOf, firstDate, lastDate, columns,
                List.of());
    }

    /** The rules this log was checked against, in the order they apply, with the rows each removed. */
    public Map<CleaningRule, Long> removedByRule() {
        Map<CleaningRule, Long> byRule = new EnumMap<>(CleaningRule.class);
        removed.forEach((name, n) -> CleaningRule.ofContractName(name).ifPresent(rule -> byRule.put(rule, n)));
        return Collections.unmodifiableMap(byRule);
    }

    /** Rows removed by {@code rule}; 0 when the rule did not apply to this log. */
    public long removed(CleaningRule rule) {
        return removed.getOrDefault(rule.contractName(), 0L);
    }

    /** The JSON form of typed counts: contract names as keys, in the order the rules apply. */
    public static Map<String, Long> byContractName(Map<CleaningRule, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        new EnumMap<>(counts).forEach((rule, n) -> named.put(rule.contractName(), n));
        return named;
    }

    /** Writes CLEANING.json atomically. */
    public void writeJson(Path file) {
        Json.write(file, this);
    }

    public CleaningReport withCustomersAndAsOf(int n, LocalDate date) {
        return new CleaningReport(rowsRead, rowsKept, n, revenue, removed, duplicateRows, date, firstDate, lastDate, columns,
                warnings);
    }
}
