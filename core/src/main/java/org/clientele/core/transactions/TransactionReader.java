package org.clientele.core.transactions;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Streams the clean line items of a transaction log of any size, in bounded memory. */
public final class TransactionReader {

    private TransactionReader() {
    }

    /**
     * Calls {@code sink} with every row the rules keep, in file order, and returns what cleaning did.
     * The report's {@code customers} counts distinct customers among kept rows (memory grows with customers).
     */
    public static CleaningReport forEachCleanItem(Path file, ReadOptions opts, CleaningRules rules, Progress p,
                                                  Consumer<LineItem> sink) {
        Set<String> customers = new HashSet<>();
        CleaningReport r = TransactionScan.run(file, opts, rules, p, (customer, invoice, time, quantity, price, amount,
                                                                      product, description, country) -> {
            customers.add(customer);
            sink.accept(new LineItem(customer, invoice, time.time, quantity, price, amount, product, description, country));
        }, true);
        return r.withCustomersAndAsOf(customers.size(), r.asOf());
    }
}
