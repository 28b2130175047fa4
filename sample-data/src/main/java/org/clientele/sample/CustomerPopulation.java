package org.clientele.sample;

/**
 * The synthetic shop's customers: each has a purchase rate (log-normal, so a few buy most), a home
 * country (UK-heavy), a window in which they are active (joining and lapsing), and a habit of buying in
 * bigger packs (wholesalers among the heavy buyers). Memory grows with customers, never with rows.
 */
final class CustomerPopulation {

    static final int FIRST_ID = 12_346;
    /** Log-scale spread of purchase rates; top 20% of customers then hold roughly 65-80% of orders. */
    private static final double RATE_SIGMA = 1.3;
    private static final int MAX_TRIES = 64;

    static final String[] COUNTRIES = {"United Kingdom", "Germany", "France", "EIRE", "Spain", "Belgium",
        "Switzerland", "Portugal", "Italy", "Finland", "Austria", "Norway", "Netherlands", "Australia",
        "Channel Islands", "Denmark", "Cyprus", "Sweden", "Japan", "Poland", "USA", "Canada", "Greece",
        "Israel", "Singapore", "Iceland"};
    private static final double[] COUNTRY_SHARE = {0.885, 0.022, 0.020, 0.004, 0.007, 0.006, 0.005, 0.005,
        0.004, 0.003, 0.003, 0.003, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.001, 0.001,
        0.001, 0.001, 0.001, 0.001};
    /** Guest check-outs come from the home market almost always. */
    private static final double GUEST_UK_SHARE = 0.95;

    private final AliasTable byRate;
    private final AliasTable countries = new AliasTable(COUNTRY_SHARE);
    final byte[] country;
    final byte[] packShift;
    private final int[] firstDay;
    private final int[] lastDay;

    CustomerPopulation(int size, int tradingDays, SeededRandom random) {
        double[] rate = new double[size];
        country = new byte[size];
        packShift = new byte[size];
        firstDay = new int[size];
        lastDay = new int[size];
        double heavy = Math.exp(RATE_SIGMA);
        for (int i = 0; i < size; i++) {
            rate[i] = random.logNormal(1, RATE_SIGMA);
            country[i] = (byte) countries.sample(random);
            double wholesale = rate[i] > heavy ? 0.5 : 0.08;
            packShift[i] = (byte) (random.chance(wholesale) ? 1 + random.nextInt(3) : 0);
            // A third are customers already at the start; the rest join evenly; lifetimes are exponential.
            firstDay[i] = random.chance(0.35) ? 0 : random.nextInt(tradingDays);
            lastDay[i] = (int) Math.min(Integer.MAX_VALUE, firstDay[i] + Math.round(random.exponential(1.5 * tradingDays)));
        }
        byRate = new AliasTable(rate);
    }

    int size() {
        return country.length;
    }

    /**
     * A customer who is active on {@code day}, chosen in proportion to purchase rate (by rejection; after
     * many misses the last draw is taken, which only happens when almost nobody is active).
     */
    int pickActive(int day, SeededRandom random) {
        int c = byRate.sample(random);
        for (int t = 1; t < MAX_TRIES && (day < firstDay[c] || day > lastDay[c]); t++) {
            c = byRate.sample(random);
        }
        return c;
    }

    static String id(int customer) {
        return Integer.toString(FIRST_ID + customer);
    }

    static String guestCountry(SeededRandom random) {
        return random.chance(GUEST_UK_SHARE) ? COUNTRIES[0] : COUNTRIES[1 + random.nextInt(COUNTRIES.length - 1)];
    }
}
