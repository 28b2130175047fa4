package org.clientele.core.eda;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerSummary;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;

import java.nio.file.Path;

/**
 * Exploratory analysis of a transaction log in one streaming pass: the customer table and every tally are
 * filled from the same read, so memory grows with customers, products and days, not with rows.
 */
public final class TransactionEda {

    /** Seed of the segment-evolution clustering. */
    public static final long DEFAULT_SEED = 42;

    private TransactionEda() {
    }

    public static EdaResult run(Path file, ReadOptions opts, CleaningRules rules, Progress p) {
        return run(file, opts, rules, CategoryRules.defaults(), DEFAULT_SEED, p);
    }

    public static EdaResult run(Path file, ReadOptions opts, CleaningRules rules, CategoryRules categories, long seed,
                                Progress p) {
        Progress progress = p == null ? Progress.NONE : p;
        EdaAccumulator acc = new EdaAccumulator(categories);
        CustomerTable table = new CustomerTableBuilder(opts, rules, null).build(file, progress.slice(0, 0.75), acc);
        return summarise(file.getFileName().toString(), table, acc, seed, progress.slice(0.75, 1));
    }

    /**
     * The analysis of a log from its customer table and the accumulator its kept rows went through (in file
     * order), wherever they were read: this process or a scale-out engine.
     *
     * @param file the log's name, as the result reports it
     */
    public static EdaResult summarise(String file, CustomerTable table, EdaAccumulator acc, long seed, Progress p) {
        Progress progress = p == null ? Progress.NONE : p;
        progress.checkCancelled();
        progress.update(0, "summarising sales");
        double revenue = acc.revenue;
        SalesOverTime sales = acc.timeline.salesOverTime(revenue);
        CountryBreakdown countries = acc.countries.breakdown(revenue);
        double[] spend = table.customers().stream().mapToDouble(CustomerSummary::monetary).toArray();
        ValueConcentration concentration = ValueConcentration.of(spend);
        RfmOverview rfm = RfmOverview.of(table.customers());
        ProductOverview products = acc.products.overview(revenue);
        CohortTable cohorts = Cohorts.of(acc.activity);
        progress.checkCancelled();
        progress.update(0.2, "segment evolution");
        SegmentEvolution evolution = SegmentEvolutionFit.fit(acc.activity, seed, progress.slice(0.2, 1));
        int customers = table.customers().size();
        EdaOverview overview = new EdaOverview(table.report().firstDate(), table.report().lastDate(), revenue,
                acc.orderCount(), customers, acc.lines, acc.items, products.products(), countries.countries(),
                sales.daily().size(), acc.orderCount() > 0 ? revenue / acc.orderCount() : Double.NaN,
                customers > 0 ? revenue / customers : Double.NaN);
        progress.update(1, "done");
        return new EdaResult(file, overview, sales, acc.timeline.seasonality(), countries,
                concentration, rfm, products, cohorts, evolution, table.report(), acc.products.categoryShares());
    }

    /**
     * Each customer's share of spend per product category (optional customer features), in one pass.
     */
    public static CategoryShares categoryShares(Path file, ReadOptions opts, CleaningRules rules,
                                                CategoryRules categories, Progress p) {
        ProductTally tally = new ProductTally(categories);
        org.clientele.core.transactions.TransactionReader.forEachCleanItem(file, opts, rules,
                p == null ? Progress.NONE : p, li -> tally.add(li.customerId(), li.invoice(), li.product(),
                        li.description(), Double.isNaN(li.quantity()) ? 1 : li.quantity(), li.amount()));
        return tally.categoryShares();
    }
}
