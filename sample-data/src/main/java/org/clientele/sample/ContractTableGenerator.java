package org.clientele.sample;

import java.nio.file.Path;
import org.clientele.core.stats.GammaSampler;
import org.clientele.core.task.Progress;

/**
 * A synthetic subscription book, one row per subscriber, {@code customer_id, plan, monthly_fee, tenure, churned},
 * drawn from the shifted-beta-geometric story of Fader &amp; Hardie (2007) so that sBG has a known truth:
 * <pre>
 *   observation window = 24 monthly billing periods; signup period s uniform on 0..23, so 24 − s periods observable
 *   plan               ~ Basic 60%, Premium 40%
 *   churn probability θ ~ Beta(0.704, 1.182) for Basic, Beta(0.668, 3.806) for Premium
 *                          (the paper's "regular" and "high end" estimates), fixed per subscriber
 *   each period t = 1, 2, ... the subscriber leaves at its end with probability θ
 *   tenure             = the period of leaving (churned = yes), else the periods observable (churned = no)
 *   monthly_fee        = 9.99 (Basic) or 24.99 (Premium), 20% off for the 25% on an introductory discount
 * </pre>
 * The book pools two beta populations, so one sBG fit lands between the two plans' parameters.
 */
public final class ContractTableGenerator {

    public static final String[] COLUMNS = {"customer_id", "plan", "monthly_fee", "tenure", "churned"};
    static final int PERIODS = 24;
    static final double PREMIUM_SHARE = 0.40;
    static final double[] BASIC = {0.704, 1.182};
    static final double[] PREMIUM = {0.668, 3.806};

    /** One subscriber. */
    public record Subscriber(String customerId, String plan, double monthlyFee, int tenure, boolean churned) {
    }

    private final SeededRandom random;
    private long nextId = 1;

    public ContractTableGenerator(long seed) {
        this.random = new SeededRandom(seed);
    }

    public Subscriber next() {
        int observable = PERIODS - random.nextInt(PERIODS);
        boolean premium = random.chance(PREMIUM_SHARE);
        double[] ab = premium ? PREMIUM : BASIC;
        double theta = beta(ab[0], ab[1]);
        boolean discounted = random.chance(0.25);
        double fee = (premium ? 24.99 : 9.99) * (discounted ? 0.8 : 1);
        int tenure = observable;
        boolean churned = false;
        for (int t = 1; t <= observable; t++) {
            if (random.chance(theta)) {
                tenure = t;
                churned = true;
                break;
            }
        }
        return new Subscriber(String.format(java.util.Locale.ROOT, "S%05d", nextId++), premium ? "Premium" : "Basic",
                Math.round(fee * 100) / 100.0, tenure, churned);
    }

    /** Beta(a, b) as X / (X + Y) of two gammas. */
    double beta(double a, double b) {
        double x = gamma(a);
        double y = gamma(b);
        return x / (x + y);
    }

    double gamma(double shape) {
        return GammaSampler.draw(shape, random::nextDouble, random::nextGaussian);
    }

    public static void write(Path out, long subscribers, long seed, Progress progress) {
        if (subscribers < 1) {
            throw new IllegalArgumentException("need at least 1 subscriber, got " + subscribers);
        }
        ContractTableGenerator generator = new ContractTableGenerator(seed);
        CsvOutput.write(out, COLUMNS, printer -> {
            for (long i = 0; i < subscribers; i++) {
                if (i % 10_000 == 0) {
                    progress.checkCancelled();
                    progress.update((double) i / subscribers, "subscribers " + i + " of " + subscribers);
                }
                Subscriber s = generator.next();
                printer.row(s.customerId(), s.plan(), Decimals.fixed(s.monthlyFee(), 2), s.tenure(),
                        s.churned() ? "yes" : "no");
            }
        });
        progress.update(1, "done");
    }
}
