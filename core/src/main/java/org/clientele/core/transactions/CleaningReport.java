package org.clientele.core.transactions;

import org.clientele.core.data.TransactionColumns;
import org.clientele.core.io.Json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What cleaning did to a transaction log; serialises to the contract's CLEANING.json.
 *
 * @param removed       rule name ({@code missingCustomer}, {@code missingDate}, {@code cancelled},
 *                      {@code nonPositiveQuantity}, {@code nonPositivePrice}, {@code nonPositiveAmount},
 *                      {@code duplicates}) to rows removed by it
 * @param duplicateRows rows identical to an earlier row in every field (removed only if the rule is on)
 * @param asOf          the date recency is counted to
 * @param firstDate     earliest purchase among kept rows (null when none kept)
 * @param lastDate      latest purchase among kept rows
 * @param columns       the columns used for each role
 */
public record CleaningReport(long rowsRead, long rowsKept, int customers, double revenue, Map<String, Long> removed,
                             long duplicateRows, LocalDate asOf, LocalDateTime firstDate, LocalDateTime lastDate,
                             TransactionColumns columns) {

    public CleaningReport {
        removed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(removed));
    }

    /** Writes CLEANING.json atomically. */
    public void writeJson(Path file) {
        Json.write(file, this);
    }

    public CleaningReport withCustomersAndAsOf(int n, LocalDate date) {
        return new CleaningReport(rowsRead, rowsKept, n, revenue, removed, duplicateRows, date, firstDate, lastDate, columns);
    }
}
