package org.clientele.core.clv;

import org.clientele.core.UserInputException.Reason;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads histories at discrete opportunities for BG/BB: columns {@code x} (or {@code frequency}), {@code t_x}
 * (or {@code recency}) and {@code n} (opportunities), one row per customer with an optional id column, or one
 * row per pattern with a count column ({@code count}, {@code n_custs}, {@code customers}, {@code weight}) as
 * in Fader, Hardie &amp; Shang's recency/frequency table.
 */
public final class DiscreteSummaryReader {

    static final List<String> X = List.of("x", "frequency");
    static final List<String> TX = List.of("t_x", "tx", "recency");
    static final List<String> N = List.of("n", "opportunities", "n_opportunities");
    static final List<String> COUNT = List.of("count", "n_custs", "customers", "weight", "num_customers");
    static final List<String> ID = List.of("customer_id", "customerid", "customer", "id", "client_id");

    private DiscreteSummaryReader() {
    }

    /** True when FILE's header has the x, t_x and n columns. */
    public static boolean looksLikeOne(Path file) {
        try (SummaryTable t = SummaryTable.open(file)) {
            return t.find(X) != null && t.find(TX) != null && t.find(N) != null;
        }
    }

    /** Pooled histories (customers with one pattern share a row). */
    public static List<BgBbFitter.Pattern> readPatterns(Path file) {
        List<BgBbFitter.Pattern> out = new ArrayList<>();
        read(file, null, (id, x, tx, n, count) -> out.add(new BgBbFitter.Pattern(x, tx, n, count)));
        return out;
    }

    /**
     * One history per customer; a row with a count of k becomes k customers named id#1..id#k.
     * @param idColumn the id column, or null to find one named like an id (else row numbers)
     */
    public static List<DiscreteCustomer> readCustomers(Path file, String idColumn) {
        List<DiscreteCustomer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        read(file, idColumn, (id, x, tx, n, count) -> {
            for (long k = 1; k <= count; k++) {
                String name = count == 1 ? id : id + "#" + k;
                if (!seen.add(name)) {
                    throw new ClvInputException(Reason.BAD_VALUE, file, 0, idColumn, "customer \"" + name
                            + "\" appears twice", "Give one row per customer, or a count column per pattern.");
                }
                out.add(new DiscreteCustomer(name, x, tx, n));
            }
        });
        return out;
    }

    private interface RowSink {
        void accept(String id, int x, int tx, int n, long count);
    }

    private static void read(Path file, String idColumn, RowSink sink) {
        try (SummaryTable t = SummaryTable.open(file)) {
            String x = t.find(X);
            String tx = t.find(TX);
            String n = t.find(N);
            if (x == null || tx == null || n == null) {
                throw t.missing("a BG/BB summary needs the columns x (repeat transactions), t_x (opportunity of the"
                        + " last one) and n (opportunities)", "Rename the columns, or give a purchase log with"
                        + " --opportunity day|week|month.");
            }
            String count = t.find(COUNT);
            String id = idColumn != null ? t.require(idColumn, "id") : t.find(ID);
            long rows = 0;
            while (t.next()) {
                int xi = (int) t.whole(x, 0);
                int txi = (int) t.whole(tx, 0);
                int ni = (int) t.whole(n, 0);
                String problem = DiscreteCustomer.problem(xi, txi, ni);
                if (problem != null) {
                    throw t.bad(null, problem, "Fix the row or drop it.");
                }
                long c = count == null ? 1 : t.whole(count, 0);
                String name = id == null ? Long.toString(t.rowNumber()) : t.text(id);
                if (c > 0) {
                    sink.accept(name, xi, txi, ni, c);
                }
                rows++;
            }
            if (rows == 0) {
                throw new ClvInputException(Reason.NO_DATA, file, 0, null, "has no data rows",
                        "Give at least one customer.");
            }
        }
    }
}
