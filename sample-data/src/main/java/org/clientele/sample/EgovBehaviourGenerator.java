package org.clientele.sample;

import java.nio.file.Path;
import org.clientele.core.task.Progress;

/**
 * Synthetic behaviour of e-government platform users, one row per user, drawn from a few latent user
 * types ({@link EgovUserType}) so that segmentation has real structure to find. Deterministic for a
 * seed: the same seed and size give the same bytes.
 */
public final class EgovBehaviourGenerator {

    public static final String[] COLUMNS = {"user_id", "interaction_frequency", "avg_session_minutes",
        "services_used", "support_requests", "days_since_last_login", "document_uploads", "mobile_share"};
    public static final String[] ANONYMISED_COLUMNS = {"feature_0", "feature_1", "feature_2", "feature_3", "feature_4"};

    /** How many services the platform offers, so no user uses more. */
    static final int PLATFORM_SERVICES = 12;

    private static final int PROGRESS_EVERY = 10_000;

    private final SeededRandom random;
    private final AliasTable types;
    private final EgovUserType[] typeValues = EgovUserType.values();
    private long nextId = 1;

    public EgovBehaviourGenerator(long seed) {
        this.random = new SeededRandom(seed);
        double[] shares = new double[typeValues.length];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = typeValues[i].share;
        }
        this.types = new AliasTable(shares);
    }

    public EgovUser next() {
        EgovUserType type = typeValues[types.sample(random)];
        double frequency = round1(random.logNormal(type.sessionsPerMonth, 0.35));
        double minutes = Math.max(0.5, round1(random.logNormal(type.sessionMinutes, 0.30)));
        int services = Math.min(PLATFORM_SERVICES, 1 + random.poisson(type.services - 1));
        int support = random.poisson(random.logNormal(type.supportRequests, 0.3));
        int days = (int) Math.min(365, Math.round(random.logNormal(type.daysSinceLogin, 0.5)));
        int uploads = random.poisson(type.uploads);
        double mobile = Math.max(0, Math.min(1, Math.round(random.normal(type.mobileShare, 0.10) * 100) / 100.0));
        return new EgovUser(nextId++, type, frequency, minutes, services, support, days, uploads, mobile);
    }

    /** Writes {@code users} rows with the named behaviour columns. */
    public static void write(Path out, long users, long seed, Progress progress) {
        checkSize(users);
        EgovBehaviourGenerator generator = new EgovBehaviourGenerator(seed);
        CsvOutput.write(out, COLUMNS, printer -> {
            for (long i = 0; i < users; i++) {
                report(progress, i, users);
                EgovUser u = generator.next();
                printer.row(u.userId(), Decimals.fixed(u.interactionFrequency(), 1),
                        Decimals.fixed(u.avgSessionMinutes(), 1), u.servicesUsed(), u.supportRequests(),
                        u.daysSinceLastLogin(), u.documentUploads(), Decimals.fixed(u.mobileShare(), 2));
            }
        });
        progress.update(1, "done");
    }

    /**
     * Writes the anonymised variant: {@code feature_0..feature_4}, each z-scored (mean 0, population
     * standard deviation 1), no id column, in the shape of the public unlabeled behaviour data set. The
     * users are generated twice (once for the means, once to write) so memory stays bounded.
     */
    public static void writeAnonymised(Path out, long users, long seed, Progress progress) {
        checkSize(users);
        int width = ANONYMISED_COLUMNS.length;
        double[] mean = new double[width];
        double[] m2 = new double[width];
        EgovBehaviourGenerator first = new EgovBehaviourGenerator(seed);
        Progress scan = progress.slice(0, 0.5);
        for (long i = 0; i < users; i++) {
            report(scan, i, users);
            double[] x = first.next().anonymisedFeatures();
            // Welford's running mean and variance (Welford 1962), stable for any size.
            for (int j = 0; j < width; j++) {
                double delta = x[j] - mean[j];
                mean[j] += delta / (i + 1);
                m2[j] += delta * (x[j] - mean[j]);
            }
        }
        double[] sd = new double[width];
        for (int j = 0; j < width; j++) {
            sd[j] = Math.sqrt(m2[j] / users);
        }
        EgovBehaviourGenerator second = new EgovBehaviourGenerator(seed);
        Progress writing = progress.slice(0.5, 1);
        CsvOutput.write(out, ANONYMISED_COLUMNS, printer -> {
            Object[] row = new Object[width];
            for (long i = 0; i < users; i++) {
                report(writing, i, users);
                double[] x = second.next().anonymisedFeatures();
                for (int j = 0; j < width; j++) {
                    row[j] = sd[j] > 0 ? (x[j] - mean[j]) / sd[j] : 0.0;
                }
                printer.row(row);
            }
        });
        progress.update(1, "done");
    }

    private static void report(Progress progress, long i, long total) {
        if (i % PROGRESS_EVERY == 0) {
            progress.checkCancelled();
            progress.update((double) i / total, "users " + i + " of " + total);
        }
    }

    private static void checkSize(long users) {
        if (users < 1) {
            throw new IllegalArgumentException("need at least 1 user, got " + users);
        }
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
