package org.clientele.sample;

import java.nio.file.Path;
import org.clientele.core.task.Progress;

/**
 * A synthetic customer table with demographics and spend, one row per customer, in the column layout
 * {@code user_id, age, annual_income, purchase_amount, loyalty_score, region, purchase_frequency}.
 * Every value follows a stated formula plus seeded noise, so a regression has a known truth to find:
 * <pre>
 *   age                = clamp(round(N(41, 12)), 18, 75)
 *   region             ~ North 32%, South 30%, West 28%, East 10%; income factor 1.00, 0.95, 1.08, 0.92
 *   annual_income      = round500((24,000 + 1,100 × (min(age, 60) − 18)) × regionFactor × LogN(0, 0.18))
 *   loyalty_score      = clamp(round1(1 + 0.08 × (age − 18) + 2.5 × income / 60,000 + N(0, 1)), 1, 10)
 *   purchase_frequency = 1 + Poisson(2 + 2 × loyalty)                          (purchases a year)
 *   purchase_amount    = round((0.004 × income + 18 × loyalty + 6 × frequency) × LogN(0, 0.12))
 * </pre>
 * where LogN(0, s) is exp(s × N(0, 1)) (median 1).
 */
public final class CustomerTableGenerator {

    public static final String[] COLUMNS = {"user_id", "age", "annual_income", "purchase_amount",
        "loyalty_score", "region", "purchase_frequency"};

    static final String[] REGIONS = {"North", "South", "West", "East"};
    private static final double[] REGION_SHARES = {0.32, 0.30, 0.28, 0.10};
    static final double[] REGION_INCOME_FACTOR = {1.00, 0.95, 1.08, 0.92};

    /** One generated customer. */
    public record Customer(long userId, int age, long annualIncome, long purchaseAmount, double loyaltyScore,
                           String region, int purchaseFrequency) {
    }

    private final SeededRandom random;
    private final AliasTable regions = new AliasTable(REGION_SHARES);
    private long nextId = 1;

    public CustomerTableGenerator(long seed) {
        this.random = new SeededRandom(seed);
    }

    public Customer next() {
        int age = (int) Math.max(18, Math.min(75, Math.round(random.normal(41, 12))));
        int region = regions.sample(random);
        double income = (24_000 + 1_100.0 * (Math.min(age, 60) - 18)) * REGION_INCOME_FACTOR[region]
                * random.logNormal(1, 0.18);
        long roundedIncome = Math.round(income / 500) * 500;
        double loyalty = 1 + 0.08 * (age - 18) + 2.5 * roundedIncome / 60_000.0 + random.nextGaussian();
        loyalty = Math.max(1, Math.min(10, Math.round(loyalty * 10) / 10.0));
        int frequency = 1 + random.poisson(2 + 2 * loyalty);
        long amount = Math.round((0.004 * roundedIncome + 18 * loyalty + 6 * frequency) * random.logNormal(1, 0.12));
        return new Customer(nextId++, age, roundedIncome, amount, loyalty, REGIONS[region], frequency);
    }

    public static void write(Path out, long customers, long seed, Progress progress) {
        if (customers < 1) {
            throw new IllegalArgumentException("need at least 1 customer, got " + customers);
        }
        CustomerTableGenerator generator = new CustomerTableGenerator(seed);
        CsvOutput.write(out, COLUMNS, printer -> {
            for (long i = 0; i < customers; i++) {
                if (i % 10_000 == 0) {
                    progress.checkCancelled();
                    progress.update((double) i / customers, "customers " + i + " of " + customers);
                }
                Customer c = generator.next();
                printer.row(c.userId(), c.age(), c.annualIncome(), c.purchaseAmount(),
                        Decimals.fixed(c.loyaltyScore(), 1), c.region(), c.purchaseFrequency());
            }
        });
        progress.update(1, "done");
    }
}
