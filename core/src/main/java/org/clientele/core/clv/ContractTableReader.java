package org.clientele.core.clv;

import org.clientele.core.UserInputException.Reason;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads contract data for sBG in either of two shapes, told apart by their columns:
 * a cohort survivor curve ({@code survivors}, {@code alive} or {@code active} per {@code period} 0..n, the
 * first row the cohort size), or one row per customer with {@code tenure} (periods observed) and
 * {@code churned} (yes/no: left in the last of those periods, or still a customer).
 */
public final class ContractTableReader {

    static final List<String> SURVIVORS = List.of("survivors", "alive", "active", "surviving", "remaining",
            "retained", "customers_alive");
    static final List<String> PERIOD = List.of("period", "t", "year", "month", "week");
    static final List<String> TENURE = List.of("tenure", "periods", "periods_observed", "duration", "lifetime");
    static final List<String> CHURNED = List.of("churned", "churn", "cancelled", "canceled", "left", "lost");

    /** What was read: a survivor curve or customers, and the pooled cohort either way. */
    public record Contracts(String shape, long[] survivors, List<ContractCustomer> customers, ContractCohort cohort) {

        public static final String SURVIVOR_CURVE = "survivors";
        public static final String PER_CUSTOMER = "contracts";
    }

    private ContractTableReader() {
    }

    /** True when FILE's header names a survivor column, or tenure and churn columns. */
    public static boolean looksLikeOne(Path file) {
        try (SummaryTable t = SummaryTable.open(file)) {
            return t.find(SURVIVORS) != null || (t.find(TENURE) != null && t.find(CHURNED) != null);
        }
    }

    /** @param idColumn the id column of a per-customer table, or null to find one (else row numbers) */
    public static Contracts read(Path file, String idColumn) {
        try (SummaryTable t = SummaryTable.open(file)) {
            String survivors = t.find(SURVIVORS);
            String tenure = t.find(TENURE);
            String churned = t.find(CHURNED);
            if (tenure != null && churned != null) {
                return readCustomers(t, tenure, churned, idColumn);
            }
            if (survivors != null) {
                return readCurve(t, survivors, t.find(PERIOD));
            }
            throw t.missing("sBG needs a survivor curve (a column survivors, alive or active, one row per period "
                    + "from 0) or one row per customer with columns tenure (periods observed) and churned (yes/no)",
                    "Rename the columns to one of these shapes.");
        }
    }

    private static Contracts readCurve(SummaryTable t, String survivors, String period) {
        List<Long> counts = new ArrayList<>();
        while (t.next()) {
            if (period != null) {
                long p = t.whole(period, 0);
                if (p != counts.size()) {
                    throw t.bad(period, "period " + p + " where " + counts.size() + " was expected",
                            "List periods 0, 1, 2, ... in order, period 0 holding the cohort size.");
                }
            }
            long s = t.whole(survivors, 0);
            if (!counts.isEmpty() && s > counts.get(counts.size() - 1)) {
                throw t.bad(survivors, s + " survivors after " + counts.get(counts.size() - 1) + " in the period"
                        + " before: a survivor curve cannot rise", "Give the customers of one cohort still alive.");
            }
            counts.add(s);
        }
        if (counts.size() < 2 || counts.get(0) == 0) {
            throw new ClvInputException(Reason.TOO_FEW_ROWS, t.file(), 0, survivors, "a survivor curve needs the "
                    + "cohort size at period 0 and at least one later period", "Add the periods.");
        }
        long[] curve = counts.stream().mapToLong(Long::longValue).toArray();
        return new Contracts(Contracts.SURVIVOR_CURVE, curve, List.of(), ContractCohort.fromSurvivors(curve));
    }

    private static Contracts readCustomers(SummaryTable t, String tenure, String churned, String idColumn) {
        String id = idColumn != null ? t.require(idColumn, "id") : t.find(DiscreteSummaryReader.ID);
        List<ContractCustomer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (t.next()) {
            String name = id == null ? Long.toString(t.rowNumber()) : t.text(id);
            if (!seen.add(name)) {
                throw t.bad(id, "customer \"" + name + "\" appears twice", "Give one row per customer.");
            }
            boolean left = t.flag(churned);
            long periods = t.whole(tenure, left ? 1 : 0);
            out.add(new ContractCustomer(name, (int) periods, left));
        }
        if (out.isEmpty()) {
            throw new ClvInputException(Reason.NO_DATA, t.file(), 0, null, "has no data rows",
                    "Give at least one customer.");
        }
        return new Contracts(Contracts.PER_CUSTOMER, null, out, ContractCohort.fromCustomers(out));
    }
}
